namespace Resume.Rendering.Text;

internal static class Links
{
    /// <summary>A web address as people write it on a resume: no scheme, no "www.", no trailing slash.</summary>
    public static string Display(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "";
        }
        var text = url.Trim();
        foreach (var scheme in new[] { "https://", "http://" })
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                text = text[scheme.Length..];
                break;
            }
        }
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        return text.TrimEnd('/');
    }
}
