using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>Projects: name, link, dates, description, highlights and the technologies named with them.</summary>
internal static partial class ProjectParser
{
    public static List<Project> Parse(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Project>();
        foreach (var entry in EntryReader.Read(lines))
        {
            string? name = null, url = null, description = null;
            var keywords = new List<string>();
            var highlights = new List<string>();
            foreach (var part in entry.Parts.Concat(entry.Description))
            {
                var text = part;
                var tech = TechLabel().Match(text);
                if (tech.Success)
                {
                    keywords.AddRange(KeywordSplitter.Split(text[tech.Length..]));
                    continue;
                }
                var link = ContactParser.Url().Match(text);
                if (link.Success && (link.Value.Contains('/') || link.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
                {
                    url ??= link.Value.Contains("://", StringComparison.Ordinal) ? link.Value : "https://" + link.Value;
                    text = text.Remove(link.Index, link.Length).Trim().Trim('(', ')', '—', '–', '-', '·', ':', ',').Trim();
                    if (text.Length == 0)
                    {
                        continue;
                    }
                }
                if (name is null)
                {
                    var split = NameSplit().Match(text);
                    // "Microsoft Certified: Azure Fundamentals": a credential's name holds its colon.
                    if (split.Success && split.Index > 0 && !Credentials.NamesCredential(text[..split.Index]))
                    {
                        name = text[..split.Index].Trim();
                        description ??= text[(split.Index + split.Length)..].Trim();
                    }
                    else
                    {
                        name = text;
                    }
                }
                else
                {
                    description = description is null ? text : description + " " + text;
                }
            }
            foreach (var highlight in entry.Highlights)
            {
                var tech = TechLabel().Match(highlight);
                if (tech.Success)
                {
                    keywords.AddRange(KeywordSplitter.Split(highlight[tech.Length..]));
                }
                else
                {
                    highlights.Add(highlight);
                }
            }
            if (name is null && highlights.Count == 0)
            {
                continue;
            }
            result.Add(new Project
            {
                Name = name ?? highlights[0],
                Url = url,
                Description = string.IsNullOrWhiteSpace(description) ? null : description,
                StartDate = entry.Dates?.Start,
                EndDate = entry.Dates?.Current == true ? null : entry.Dates?.End,
                Highlights = name is null ? highlights.Skip(1).ToList() : highlights,
                Keywords = keywords,
            });
        }
        return result;
    }

    [GeneratedRegex(@"^(?:technologies|tech stack|stack|tools|skills|built with|keywords)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TechLabel();

    [GeneratedRegex(@"\s*:\s+|\s+[—–]\s+")]
    private static partial Regex NameSplit();
}
