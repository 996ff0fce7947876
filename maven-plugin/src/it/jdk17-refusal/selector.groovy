// Runs only where a JDK 17 is installed (Debian's default JDK on these machines).
return new File('/usr/lib/jvm/java-17-openjdk-amd64/bin/java').isFile()
