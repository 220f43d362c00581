@echo off
rem Runs EWC Station from this checkout on Windows: builds it when missing, then starts it.
setlocal
cd /d "%~dp0"
if not exist "app\target\ewc-station-app.jar" (
  echo Building EWC Station... 1>&2
  call mvnw.cmd -B -q -DskipTests -pl app -am package || exit /b 1
)
"%JAVA_HOME%\bin\java" --enable-native-access=ALL-UNNAMED %EWC_STATION_JAVA_OPTS% -cp "app\target\ewc-station-app.jar;app\target\lib\*" org.ewcstation.app.Launcher %*
