package com.example.consumer;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.DistrictTokens;
import com.classtag.clever.client.ErrorDetails;
import com.classtag.clever.client.RateLimitBucket;
import com.classtag.clever.client.ResponseLimits;
import com.classtag.clever.client.RetryPolicy;
import com.classtag.clever.client.incremental.IncrementalSync;
import com.classtag.clever.model.ContactRole;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.Credentials;
import com.classtag.clever.model.Disability;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DistrictAdminRole;
import com.classtag.clever.model.DistrictContact;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.Link;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.model.LmsStatus;
import com.classtag.clever.model.Location;
import com.classtag.clever.model.Me;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.PreferredName;
import com.classtag.clever.model.Principal;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.Roles;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.SchoolEnrollment;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.StaffRole;
import com.classtag.clever.model.StudentRelationship;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.TeacherRole;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import com.classtag.clever.model.baseline.BaselineHeader;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.ModelData;
import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.Finding;
import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import java.util.List;

/**
 * Every public builder of the published modules, called the way an app calls them. javac reads each
 * builder's class file here, so an annotation that leaks from the annotation processor (Immutables'
 * {@code @Generated}) fails this compilation under {@code -Xlint:all -Werror}. A builder added to
 * the API belongs in this list.
 */
final class Builders {
  private Builders() {}

  static List<Object> all(CleverData district) {
    return List.of(
        CleverClient.builder(),
        DistrictTokens.builder(),
        ErrorDetails.builder("GET", "/v3.0/users"),
        RateLimitBucket.builder(),
        ResponseLimits.builder(),
        RetryPolicy.builder(),
        IncrementalSync.builder(),
        ContactRole.builder(),
        Course.builder(),
        Credentials.builder(),
        Disability.builder(),
        District.builder(),
        DistrictAdminRole.builder(),
        DistrictContact.builder(),
        DuplicateUser.builder(),
        Event.builder(),
        Link.builder(),
        ListPage.<User>builder(),
        LmsStatus.builder(),
        Location.builder(),
        Me.builder(),
        Name.builder(),
        PreferredName.builder(),
        Principal.builder(),
        Resource.builder(),
        Roles.builder(),
        RosterSnapshot.builder(),
        School.builder(),
        SchoolEnrollment.builder(),
        Section.builder(),
        StaffRole.builder(),
        StudentRelationship.builder(),
        StudentRole.builder(),
        TeacherRole.builder(),
        Term.builder(),
        User.builder(),
        BaselineHeader.builder(),
        TestDistrict.builder(),
        CleverStandIn.builder(district),
        ModelData.builder(),
        AuditReport.builder(),
        Finding.builder(),
        BaselineChange.builder(),
        Decision.builder(),
        Hold.builder(),
        Plan.builder(),
        Warning.builder(),
        DeletionThreshold.builder(),
        SectionFilter.builder(),
        SyncSettings.builder(),
        GuardianLink.builder(),
        Phone.builder(),
        Roster.builder(),
        SourcePerson.builder(),
        SourceSchool.builder(),
        SourceSection.builder(),
        SourceTerm.builder(),
        AppSchool.builder(),
        AppState.builder(),
        Archive.builder(),
        Classroom.builder(),
        ContactAccount.builder(),
        ContactLink.builder(),
        SchoolAccess.builder(),
        SectionBaseline.builder(),
        SectionRef.builder(),
        StaffAccount.builder(),
        StudentMembership.builder(),
        StudentRecord.builder(),
        TeacherMembership.builder());
  }
}
