@echo off
rem peg per Windows: avvia l'applicazione con Java 17 o successivo.
rem Uso: bin\peg.cmd COMANDO [opzioni], per esempio: bin\peg.cmd demo
rem Java: bin\java.exe nella cartella JAVA_HOME se JAVA_HOME e' impostata, altrimenti java.exe dal PATH.
rem Opzioni della JVM: quelle di peg, poi la variabile PEG_JAVA_OPTS (per esempio -Xmx512m), che puo' cambiarle.
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
rem Avvio rapido - class data sharing: Java legge le classi di peg da un archivio, peg.jsa accanto al jar, fatto
rem dall'elenco delle classi di un avvio di prova, peg.classlist, che lo zip contiene. L'archivio si prepara qui la prima
rem volta, se la cartella si puo' scrivere: conviene avviare peg una volta, per esempio bin\peg.cmd demo, con l'utente
rem che ha installato peg. Dopo un cambio di Java, o se la cartella di peg si sposta o si rinomina, va cancellato
rem lib\peg.jsa, che si rifa' al primo avvio. Java ignora un
rem archivio mancante, vecchio o rovinato - solo un avvio piu' lento; il comando dell'utente non lo scrive mai.
for %%I in ("%PEG_JAR%\..") do set "PEG_LIB=%%~fI"
rem Java 17 ignora le classi di peg nell'archivio se il percorso del jar ha spazi o lettere accentate, come
rem C:\Program Files\peg - misurato: un avvio lento come senza archivio. Il jar si indica quindi con il suo nome
rem breve 8.3, C:\PROGRA~1\peg\lib\peg-app.jar, sia preparando l'archivio sia avviando; dove i nomi brevi sono
rem disattivati resta il nome lungo, come prima.
for %%I in ("%PEG_JAR%") do set "PEG_CP=%%~sI"
set "PEG_LIST=%PEG_LIB%\peg.classlist"
set "PEG_JSA=%PEG_LIB%\peg.jsa"
rem Il jar ha la stessa data in ogni versione (la build e' riproducibile): una versione nuova scompattata sopra la
rem vecchia non e' piu' recente dell'archivio. lib\peg-app.id dice quale jar e' (dimensione e CRC del suo indice zip),
rem peg.jsa.id per quale jar l'archivio fu fatto: se differiscono (fc) l'archivio si rifa'. Java controlla solo dimensione e
rem data del jar, e con un jar nuovo della stessa dimensione userebbe le classi vecchie dell'archivio.
if not exist "%PEG_JSA%" goto :archive
if not exist "%PEG_LIB%\peg-app.id" goto :start
fc /b "%PEG_LIB%\peg-app.id" "%PEG_LIB%\peg.jsa.id" >nul 2>nul
if not errorlevel 1 goto :start

:archive
if not exist "%PEG_LIST%" goto :start
rem Si prova a scrivere nella cartella prima di preparare l'archivio, che altrimenti costerebbe secondi a ogni avvio.
set "PEG_TMP=%PEG_LIB%\peg-%RANDOM%%RANDOM%.jsa"
type nul >"%PEG_TMP%" 2>nul
if not exist "%PEG_TMP%" goto :start
del /f /q "%PEG_LIB%\peg.jsa.id" >nul 2>nul
"%PEG_JAVA%" -Xshare:dump "-XX:SharedClassListFile=%PEG_LIST%" "-XX:SharedArchiveFile=%PEG_TMP%" -cp "%PEG_CP%" >nul 2>nul
if errorlevel 1 del /f /q "%PEG_TMP%" >nul 2>nul
if exist "%PEG_TMP%" move /y "%PEG_TMP%" "%PEG_JSA%" >nul 2>nul && if exist "%PEG_LIB%\peg-app.id" copy /y "%PEG_LIB%\peg-app.id" "%PEG_LIB%\peg.jsa.id" >nul 2>nul
if exist "%PEG_TMP%" del /f /q "%PEG_TMP%" >nul 2>nul

:start
rem Le opzioni di peg, misurate in docs\performance.md: il solo compilatore C1 e il garbage collector seriale, adatti a
rem comandi di pochi secondi su un PC con due core. Il jar e' indicato con -cp e la classe principale, non con -jar, che
rem aprirebbe il jar a ogni avvio per leggerne il manifest.
if not exist "%PEG_JSA%" goto :nocds
"%PEG_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-XX:SharedArchiveFile=%PEG_JSA%" %PEG_JAVA_OPTS% "-Dpeg.home=%PEG_HOME%" -cp "%PEG_CP%" it.peg.cli.Main %*
exit /b %ERRORLEVEL%

:nocds
"%PEG_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %PEG_JAVA_OPTS% "-Dpeg.home=%PEG_HOME%" -cp "%PEG_CP%" it.peg.cli.Main %*
exit /b %ERRORLEVEL%
