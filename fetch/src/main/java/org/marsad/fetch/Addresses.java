package org.marsad.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which addresses are not the public internet: a fetcher refuses them unless told otherwise. */
final class Addresses {
  private Addresses() {}

  /** Why {@code a} is not public (loopback, private, ...), or null when it is public. */
  static String nonPublic(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int x = b[0] & 0xff;
      int y = b[1] & 0xff;
      if (x == 0) {
        return "unspecified";
      }
      if (x == 100 && y >= 64 && y <= 127) {
        return "private (carrier-grade NAT)";
      }
      if (x >= 240) {
        return "reserved";
      }
    } else if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return "private (unique local)";
      }
    }
    return null;
  }
}
