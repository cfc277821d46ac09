using Ingest.Data.Subscribers;

namespace Ingest.Api.Subscribers.Subscribe;

/// <summary>
/// A plain mail address as people type it (<c>name@example.com</c>, no display name, no comments, no quoted parts),
/// trimmed and lower-cased so one mailbox is one subscriber.
/// </summary>
public static class EmailAddress
{
    private const int MaxLocalPartLength = 64;
    private const int MaxLabelLength = 63;

    /// <returns>The normalised address, or null with <paramref name="error"/> saying what is wrong in a sentence.</returns>
    public static string? Normalize(string? input, out string? error)
    {
        var text = input?.Trim() ?? "";
        error = text.Length switch
        {
            0 => "Enter your email address.",
            > Subscriber.EmailLength => $"An email address has at most {Subscriber.EmailLength} characters.",
            _ => Problem(text),
        };
        return error is null ? text.ToLowerInvariant() : null;
    }

    private static string? Problem(string text)
    {
        var invalid = $"'{text}' is not an email address; write it as name@example.com.";
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return invalid;
        }
        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.Length > MaxLocalPartLength || !local.All(IsLocalCharacter) || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return invalid;
        }
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(label => label.Length is 0 or > MaxLabelLength || label.StartsWith('-') || label.EndsWith('-') || !label.All(IsDomainCharacter)))
        {
            return invalid;
        }
        return null;
    }

    // The unquoted characters RFC 5322 allows in a local part, and any non-ASCII letter (RFC 6531).
    private static bool IsLocalCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c) || (c > 127 && char.IsLetterOrDigit(c));

    private static bool IsDomainCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 127 && char.IsLetterOrDigit(c));
}
