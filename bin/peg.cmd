@echo off
rem peg per Windows: avvia l'applicazione con Java 17 o successivo.
rem Uso: bin\peg.cmd COMANDO [opzioni], per esempio: bin\peg.cmd demo
rem Java: bin\java.exe nella cartella JAVA_HOME se JAVA_HOME e' impostata, altrimenti java.exe dal PATH.
rem Opzioni della JVM: variabile PEG_JAVA_OPTS (per esempio -Xmx512m).
rem Codici di uscita: quelli di peg (0 ok, 1 output scritto con ERRORI, 2 uso errato, 3 merge gia' in corso,
rem 4 errore imprevisto); 2 anche se Java o l'applicazione non si trovano.
rem
rem Scritto per percorsi con spazi, parentesi, e commerciale e lettere accentate, come C:\Programmi (x86)\Citta di Forli\peg:
rem - solo caratteri ASCII in questo file, righe CRLF;
rem - nessun blocco tra parentesi: una parentesi chiusa nel percorso lo chiuderebbe; solo if e goto su una riga;
rem - ogni percorso sempre tra virgolette, e assegnato con la forma set tra virgolette;
rem - gli argomenti passano a Java cosi' come sono stati scritti, virgolette comprese.
setlocal EnableExtensions DisableDelayedExpansion

rem Cartella di installazione: la cartella sopra bin, senza barra finale.
for %%I in ("%~dp0..") do set "PEG_HOME=%%~fI"
rem Alla radice di un disco la barra finale, davanti alle virgolette, le renderebbe letterali per Java: si aggiunge un punto.
if "%PEG_HOME:~-1%"=="\" set "PEG_HOME=%PEG_HOME%."

rem L'applicazione: lib\peg-app.jar nella versione scaricata, target\peg-app.jar in una copia dei sorgenti.
set "PEG_JAR=%PEG_HOME%\lib\peg-app.jar"
if exist "%PEG_JAR%" goto :findjava
set "PEG_JAR=%PEG_HOME%\target\peg-app.jar"
if exist "%PEG_JAR%" goto :findjava
echo peg: applicazione non trovata in "%PEG_HOME%\lib\peg-app.jar". Scompattare di nuovo lo zip di peg, oppure, in una copia dei sorgenti, eseguire: mvn -B package 1>&2
exit /b 2

:findjava
if not defined JAVA_HOME goto :javapath
rem JAVA_HOME scritta tra virgolette nelle impostazioni di sistema: le virgolette si tolgono.
set "PEG_JAVA_HOME=%JAVA_HOME:"=%"
set "PEG_JAVA=%PEG_JAVA_HOME%\bin\java.exe"
if exist "%PEG_JAVA%" goto :run
echo peg: JAVA_HOME indica "%PEG_JAVA_HOME%", ma li' non c'e' bin\java.exe. Correggere JAVA_HOME oppure toglierla per usare java dal PATH. 1>&2
exit /b 2

:javapath
set "PEG_JAVA=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto :run
echo peg: Java non trovato. Installare Java 17 o successivo, oppure impostare JAVA_HOME sulla cartella di Java. 1>&2
exit /b 2

:run
"%PEG_JAVA%" %PEG_JAVA_OPTS% "-Dpeg.home=%PEG_HOME%" -jar "%PEG_JAR%" %*
exit /b %ERRORLEVEL%
