using System.Net;
using System.Net.Sockets;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Addresses a callback must never reach unless private networks are allowed: this host, the networks behind it, cloud
/// metadata services, and the ranges no public receiver lives in. An IPv6 form of an IPv4 address is judged as that
/// IPv4 address.
/// </summary>
public static class NetworkRules
{
    private static readonly (byte[] Network, int Bits)[] RefusedV4 =
    [
        ([0, 0, 0, 0], 8),          // "this network", unspecified
        ([10, 0, 0, 0], 8),         // private
        ([100, 64, 0, 0], 10),      // carrier-grade NAT
        ([127, 0, 0, 0], 8),        // loopback
        ([169, 254, 0, 0], 16),     // link-local, cloud metadata (169.254.169.254)
        ([172, 16, 0, 0], 12),      // private
        ([192, 0, 0, 0], 24),       // protocol assignments
        ([192, 0, 2, 0], 24),       // documentation
        ([192, 88, 99, 0], 24),     // 6to4 relay
        ([192, 168, 0, 0], 16),     // private
        ([198, 18, 0, 0], 15),      // benchmarking
        ([198, 51, 100, 0], 24),    // documentation
        ([203, 0, 113, 0], 24),     // documentation
        ([224, 0, 0, 0], 4),        // multicast
        ([240, 0, 0, 0], 4),        // reserved, broadcast 255.255.255.255
    ];

    private static readonly (byte[] Network, int Bits)[] RefusedV6 =
    [
        (new byte[16], 96),                                           // ::/96: unspecified, loopback, IPv4-compatible
        ([0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 64), // 100::/64 discard
        ([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 32), // documentation
        ([0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 7),     // unique local
        ([0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10), // link-local
        ([0xfe, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10), // site-local (deprecated)
        ([0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 8),     // multicast
    ];

    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsRefused(address.MapToIPv4());
        }
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return RefusedV4.Any(r => InRange(bytes, r.Network, r.Bits));
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that is where the packets end up.
        if (InRange(bytes, [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 96))
        {
            return IsRefused(new IPAddress(bytes[12..16]));
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return IsRefused(new IPAddress(bytes[2..6]));
        }
        return RefusedV6.Any(r => InRange(bytes, r.Network, r.Bits));
    }

    private static bool InRange(byte[] address, byte[] network, int bits)
    {
        if (address.Length != network.Length)
        {
            return false;
        }
        var whole = bits / 8;
        if (!address.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
        {
            return false;
        }
        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }
        var mask = (byte)(0xFF << (8 - rest));
        return (address[whole] & mask) == (network[whole] & mask);
    }
}
