using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Stages.Messaging;

/// <summary>An <c>amqp://user:password@host:port/vhost</c> address taken apart.</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static bool TryParse(string? value, [NotNullWhen(true)] out RabbitMqAddress? address)
    {
        address = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "rabbitmq"))
        {
            return false;
        }
        var user = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        address = new RabbitMqAddress(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? (ushort)5672 : (ushort)uri.Port,
            virtualHost.Length == 0 ? "/" : virtualHost,
            user[0].Length == 0 ? "guest" : Uri.UnescapeDataString(user[0]),
            user.Length < 2 ? "guest" : Uri.UnescapeDataString(user[1]));
        return true;
    }
}
