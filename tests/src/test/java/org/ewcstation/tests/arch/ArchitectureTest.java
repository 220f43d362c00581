package org.ewcstation.tests.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of ARCHITECTURE.md, checked on the compiled classes (the Maven enforcer checks the
 * dependencies; this checks the imports). Each rule says why it exists.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ewcstation");
    }

    @Test
    void onlyViewsAndAppTouchJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.ewcstation.views..", "org.ewcstation.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .because(
                        "services, servers and the simulator must run headless, in the CLI and in tests without a toolkit")
                .check(classes);
    }

    @Test
    void simulatorStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.ewcstation.simulator..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.ewcstation.services..",
                        "org.ewcstation.servers..",
                        "org.ewcstation.views..",
                        "org.ewcstation.app..")
                .because(
                        "the simulator plays the device; sharing our client's code would make it agree with our mistakes")
                .check(classes);
    }

    @Test
    void servicesDoNotReachUp() {
        noClasses()
                .that()
                .resideInAnyPackage("org.ewcstation.services..", "org.ewcstation.servers..", "org.ewcstation.i18n..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.ewcstation.views..", "org.ewcstation.app..")
                .because("the domain knows nothing of its UI; the composition root wires them")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        noClasses()
                .that()
                // the PDF renderer's logger interface speaks java.util.logging's Level: this bridge turns it into SLF4J
                .doNotHaveFullyQualifiedName("org.ewcstation.services.history.PdfLog")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..")
                .because("one logging facade, one configuration, one file in the data folder")
                .check(classes);
    }

    @Test
    void onlyTheBridgeHopsOntoTheFxThread() {
        noClasses()
                .that()
                // the launcher starts the toolkit itself, before any bridge exists
                .doNotHaveFullyQualifiedName("org.ewcstation.views.fx.FxBridge")
                .and()
                .doNotHaveFullyQualifiedName("org.ewcstation.app.gui.GuiLauncher")
                .should()
                .callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .because("ADR 0002: one place decides how work reaches the FX thread (FxBridge.run, later, sample)")
                .check(classes);
    }

    @Test
    void noConsoleOutputOutsideTheCommandLine() {
        noClasses()
                .that()
                // test-support's build summary is a command run by Maven at the end of the build: it talks to the
                // terminal
                .resideOutsideOfPackages("org.ewcstation.app.cli..", "org.ewcstation.testsupport..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because(
                        "the GUI and services log through SLF4J; only the CLI (and the build's peer summary) talks to the terminal")
                .check(classes);
    }

    @Test
    void viewsStartNoThreads() {
        noClasses()
                .that()
                .resideInAPackage("org.ewcstation.views..")
                .should()
                .callConstructor(Thread.class)
                .orShould()
                .callConstructor(Thread.class, Runnable.class)
                .because("background work uses the executors the composition root injects")
                .check(classes);
    }

    @Test
    void noStaticSingletonAccessors() {
        noClasses()
                .that()
                .resideInAPackage("org.ewcstation..")
                .should()
                .haveSimpleNameEndingWith("Singleton")
                .because("one composition root creates everything; no getInstance()")
                .check(classes);
    }
}
