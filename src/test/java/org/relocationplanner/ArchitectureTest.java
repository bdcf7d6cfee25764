package org.relocationplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: app (start-up and wiring) on top; the window (ui) and the command line (cli) beside each
 * other, both on one service layer; data and io below it; a plain-Java domain at the bottom; no cycles, not even
 * between screens.
 */
@AnalyzeClasses(packages = "org.relocationplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "com.fasterxml..",
                    "java.sql..", "org.h2..", "..ui..", "..data..", "..io..", "..app..", "..service..", "..cli..");

    @ArchTest
    static final ArchRule dataAndIoNeverUseTheUi = noClasses().that().resideInAnyPackage("..data..", "..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "..app..", "..service..",
                    "..cli..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.relocationplanner.app..")
            .layer("Ui").definedBy("org.relocationplanner.ui..")
            .layer("Cli").definedBy("org.relocationplanner.cli..")
            .layer("Service").definedBy("org.relocationplanner.service..")
            .layer("Data").definedBy("org.relocationplanner.data..")
            .layer("Io").definedBy("org.relocationplanner.io..")
            .layer("Domain").definedBy("org.relocationplanner.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("App", "Cli", "Service", "Io")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service", "Data");

    /** The services are what the window and the command line share: no JavaFX in them. */
    @ArchTest
    static final ArchRule servicesAreFreeOfJavaFx = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    /** The commands reach the data through the services: a database handle at most. */
    @ArchTest
    static final ArchRule commandsUseServices = noClasses().that().resideInAPackage("..cli..")
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "..data..", "javafx..", "org.jdbi..", "org.h2..").and(com.tngtech.archunit.base.DescribedPredicate
                    .not(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                    org.relocationplanner.data.Database.class))));

    /** Start-up, the commands and the services hold no non-final static fields: all is passed by constructors. */
    @ArchTest
    static final ArchRule noMutableStatics = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that()
            .areDeclaredInClassesThat().resideInAnyPackage("..app..", "..cli..", "..service..").and().areStatic()
            .should().beFinal();

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that().resideOutsideOfPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule noCyclesBetweenScreens = slices().matching("org.relocationplanner.ui.(*)..").should()
            .beFreeOfCycles();

    /** A ViewModel is tested without a window: it never reaches for a View. */
    @ArchTest
    static final ArchRule viewModelsKnowNoViews = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().haveNameMatching("org\\.relocationplanner\\.ui\\..*View(\\$.*)?");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheDatabaseIntoScreens = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..data..", "org.jdbi..", "org.h2..");

    /** No network: the app's own code opens no socket, connection or HTTP client (NoNetworkTest checks the rest). */
    @ArchTest
    static final ArchRule noNetwork = noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                    "java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.relocationplanner.(*)..").should().beFreeOfCycles();
}
