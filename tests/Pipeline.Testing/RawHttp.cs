using System.Net.Sockets;
using System.Text;

namespace Pipeline.Testing;

/// <summary>An HTTP answer as read off the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// HTTP/1.1 by hand over a socket, for requests no well-behaved client sends: a body cut off halfway, or one so large
/// the server answers before it has read it. The answer is read
/// while the body is still being sent, and sending errors after the server stopped reading are expected, not failures.
/// </summary>
public static class RawHttp
{
    /// <summary>
    /// Sends the request and reads the answer (the server closes after it: <c>Connection: close</c>). With
    /// <paramref name="hangUp"/> the sending side is shut after the body, as a client that went away mid-upload.
    /// </summary>
    public static async Task<RawResponse> SendAsync(
        Uri server, string method, string path, IEnumerable<(string Name, string Value)> headers,
        Func<Stream, Task> writeBody, TimeSpan timeout, bool hangUp = false)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        var head = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        head.Append("\r\n");

        var reading = ReadToEndAsync(stream, cancel.Token);
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancel.Token);
            await writeBody(stream);
            await stream.FlushAsync(cancel.Token);
            if (hangUp)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The server answered and closed before it had the whole body: its answer is what counts.
        }
        return Parse(await reading);
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var answer = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Reset: after the answer, or instead of one.
        }
        return answer.ToArray();
    }

    /// <summary>Status 0 when the server closed the connection without an answer.</summary>
    private static RawResponse Parse(byte[] raw)
    {
        if (raw.Length == 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(), "");
        }
        var text = Encoding.UTF8.GetString(raw);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new InvalidDataException($"No HTTP answer, only {raw.Length} bytes: {text[..Math.Min(text.Length, 200)]}");
        }
        var lines = text[..split].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = text[(split + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }
        return new RawResponse(status, headers, body);
    }

    private static string Dechunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (at < chunked.Length)
        {
            var end = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            var size = Convert.ToInt32(chunked[at..end].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }
            body.Append(chunked, end + 2, Math.Min(size, chunked.Length - end - 2));
            at = end + 2 + size + 2;
        }
        return body.ToString();
    }
}
