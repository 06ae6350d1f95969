package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.google.gson.Gson;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * JUnit, clever-client and sync-core are optional dependencies of the kit: everything but the
 * packages that say they need them runs without them.
 */
class WithoutJUnitTest {
  @Test
  void theStandInDistrictsAndClockRunOnAClassPathOfTheKitTheModelAndGsonAlone() throws Exception {
    URL[] path = {
      location(CleverStandIn.class),
      location(User.class),
      location(Gson.class),
      location(PlainMain.class)
    };
    try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      Object report = loader.loadClass(PlainMain.class.getName()).getMethod("run").invoke(null);

      assertThat(report).isEqualTo("429 then 200: 12 students, 2 requests, slept PT2S");
      for (String absent :
          new String[] {
            "org.junit.jupiter.api.Test",
            "com.classtag.clever.client.CleverClient",
            "com.classtag.sync.plan.Planner"
          }) {
        assertThatThrownBy(() -> loader.loadClass(absent))
            .isInstanceOf(ClassNotFoundException.class);
      }
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
