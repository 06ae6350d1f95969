package com.classtag.sync.settings;

/** Which roster id the app shows as a student's id (ClassTag's "Student ID" setting). */
public enum StudentIdSource {
  /** The SIS id ("STUDENT ID"). */
  SIS_ID,
  /** The student number ("STUDENT NUMBER"). */
  STUDENT_NUMBER
}
