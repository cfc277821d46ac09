using System.Net;
using System.Net.Sockets;

namespace Pipeline.Testing;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary><paramref name="count"/> different free ports, none that <paramref name="avoid"/> rules out.</summary>
    public static int[] Several(int count, Func<int, bool>? avoid = null)
    {
        // Held open together so the system cannot hand out one port twice.
        var listeners = new List<TcpListener>();
        try
        {
            var ports = new List<int>();
            while (ports.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (avoid?.Invoke(port) != true)
                {
                    ports.Add(port);
                }
            }
            return [.. ports];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
