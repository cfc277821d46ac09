namespace Resume.Parsing.Extraction.Text;

/// <summary>
/// The person a Markdown resume's front matter names: templates that print the header from metadata keep the name,
/// place and links there ("name: Ada Ruiz", "location: Lyon, France", "github: github.com/aruiz") and the body opens on
/// the first section. A raw upload shows those lines to its reader, so they are kept as the header lines they stand for,
/// name first; every other key (layout, title of the page, build settings) is the site generator's and goes.
/// </summary>
internal static class FrontMatterContact
{
    // "title" is left out: in a site generator it names the page ("CV", "Ada's resume"), not the person's post.
    private static readonly string[] NameKeys = ["name", "fullname", "full_name"];

    private static readonly HashSet<string> ContactKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "mail", "e-mail", "phone", "mobile", "telephone", "tel", "location", "city", "address",
        "website", "homepage", "url", "github", "gitlab", "linkedin", "twitter", "orcid",
    };

    /// <summary>The header lines the block holds (each on its own line, then a blank one), or "" when it names nobody.</summary>
    public static string Lines(string block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var raw in block.Split('\n'))
        {
            // Top-level scalars only: an indented line belongs to a list or map of the generator's settings.
            var colon = raw.IndexOf(':');
            if (raw.Length == 0 || char.IsWhiteSpace(raw[0]) || colon <= 0)
            {
                continue;
            }
            var key = raw[..colon].Trim();
            var value = Scalar(raw[(colon + 1)..]);
            if (value.Length > 0 && !values.ContainsKey(key) && (NameKeys.Contains(key, StringComparer.OrdinalIgnoreCase) || ContactKeys.Contains(key)))
            {
                values[key] = value;
                order.Add(key);
            }
        }
        var name = NameKeys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        if (name is null)
        {
            return "";
        }
        var lines = new List<string> { name };
        lines.AddRange(order.Where(k => ContactKeys.Contains(k)).Select(k => values[k]));
        return string.Join('\n', lines) + "\n\n";
    }

    /// <summary>A plain value without its quotes; a block, list or map opener ("|", "[", "{") holds no header line.</summary>
    private static string Scalar(string text)
    {
        var value = text.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
        {
            value = value[1..^1].Trim();
        }
        return value.Length == 0 || value[0] is '|' or '>' or '[' or '{' or '&' or '*' || value.Length > 200 ? "" : value;
    }
}
