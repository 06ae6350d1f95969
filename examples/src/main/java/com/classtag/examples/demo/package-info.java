/** The bundled demo inputs that go with the generated demo district. */
package com.classtag.examples.demo;
