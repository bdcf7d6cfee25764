package org.relocationplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: a plain-Java domain, data and io below the UI, no cycles. */
@AnalyzeClasses(packages = "org.relocationplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "com.fasterxml..",
                    "java.sql..", "org.h2..", "..ui..", "..data..", "..io..", "..app..");

    @ArchTest
    static final ArchRule dataAndIoNeverUseTheUi = noClasses().that().resideInAnyPackage("..data..", "..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "..app..");

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
