import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * A java agent for deb-smoke.sh: binds UDP on 127.0.0.1 at the port given as the agent argument inside the
 * process that loads it, prints the outcome and halts before the application's main runs. Loaded into the
 * installed launcher it shows whether that process may use a port below 1024.
 */
public final class PortProbe {

  private PortProbe() {}

  public static void premain(String args) {
    int port = Integer.parseInt(args);
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
      System.out.println("PORT-PROBE bound udp " + socket.getLocalPort());
      System.out.flush();
      Runtime.getRuntime().halt(0);
    } catch (Exception e) {
      System.out.println("PORT-PROBE failed udp " + port + ": " + e);
      System.out.flush();
      Runtime.getRuntime().halt(2);
    }
  }
}
