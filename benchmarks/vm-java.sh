# Sourced by the benchmark scripts that run Java code against the VM in process: builds the VM
# (outside any measurement) and sets vm_java, the JDK 25 java launcher with the VM's class path (the
# one ./pyvm runs with, scripts/launcher.sh) and the options ./pyvm uses, as an array:
# "${vm_java[@]}" MainClass|File.java ARGS...
./pyvm --help >/dev/null
source scripts/select-jdk.sh
vm_java=("${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED -Xss16m -cp "$(<runtime/target/pyvm.classpath)")
