using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ingest.Api.Admin;

/// <summary>
/// Checks a request's admin key: <c>Authorization: Bearer KEY</c> for programs, or Basic with KEY as the password so a
/// browser can open the dashboard. Compared as hashes in constant time.
/// </summary>
public static class AdminKey
{
    public static bool Matches(HttpContext context, string? expected)
    {
        if (string.IsNullOrWhiteSpace(expected) || !AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header))
        {
            return false;
        }
        var presented = header.Scheme.ToLowerInvariant() switch
        {
            "bearer" => header.Parameter,
            "basic" => BasicPassword(header.Parameter),
            _ => null,
        };
        return presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    private static string? BasicPassword(string? parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
