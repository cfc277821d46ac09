using System.Net;
using System.Net.Sockets;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Opens every callback connection itself (<see cref="SocketsHttpHandler.ConnectCallback"/>): it resolves the host,
/// drops the addresses <see cref="NetworkRules"/> refuses, and connects only to what is left. The check is made on the
/// address actually dialled, at every attempt, so a name that resolved to a public address at submission and to a
/// private one later (DNS rebinding) is still refused.
/// </summary>
public static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Callback(bool allowPrivateNetworks) =>
        (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivateNetworks, cancellationToken);

    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? new[] { literal } : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivateNetworks || !NetworkRules.IsRefused(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new CallbackRefusedException(
                $"{host} resolves only to addresses callbacks may not reach ({string.Join(", ", addresses.Take(4))}): loopback, private, link-local or reserved networks.");
        }
        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
