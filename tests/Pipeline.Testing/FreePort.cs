using System.Net;
using System.Net.Sockets;

namespace Pipeline.Testing;

/// <summary>
/// Loopback ports nobody listens on, never the same one twice in a process. A port found free is only free until someone
/// binds it, and a service started on it binds it a second or more later (a .NET host starts slowly): when two services
/// started together were handed the same port, one bound it and the other died on "address already in use", while the
/// first answered the dead one's readiness probe.
/// </summary>
public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>A loopback port nobody listens on right now, and not handed out before by this process.</summary>
    public static int Next() => Several(1)[0];

    /// <summary><paramref name="count"/> different free ports, none that <paramref name="avoid"/> rules out or that was handed out before.</summary>
    public static int[] Several(int count, Func<int, bool>? avoid = null)
    {
        // Held open together so the system cannot hand out one port twice in this call.
        var listeners = new List<TcpListener>();
        lock (Gate)
        {
            try
            {
                var ports = new List<int>();
                while (ports.Count < count)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (avoid?.Invoke(port) != true && !HandedOut.Contains(port))
                    {
                        ports.Add(port);
                    }
                }
                HandedOut.UnionWith(ports);
                return [.. ports];
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
    }
}
