using System.Globalization;
using System.Text;
using Pipeline.Contracts;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Scans.Read;

/// <summary>
/// The name a download is saved under: the person's own name from the parsed résumé and what the file is
/// (<c>Zoe-Nguyen-Aberg-resume.pdf</c>), so a folder of downloads stays readable. Accents are dropped for the ASCII
/// name; names in other scripts are kept (browsers read the UTF-8 <c>filename*</c>).
/// </summary>
public static class DownloadName
{
    private const int MaxNameChars = 60;

    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ø'] = "o", ['Ø'] = "O", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ß'] = "ss", ['đ'] = "d", ['Đ'] = "D",
        ['ł'] = "l", ['Ł'] = "L", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i",
    };

    public static async Task<string> ForAsync(Guid scanId, string suffix, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var json = await blobs.ReadTextAsync(BlobNames.Parsed(scanId), cancellationToken);
        var name = json is null ? null : ResumeJson.Deserialize<ResumeDocument>(json).Basics.Name;
        return Of(name, suffix);
    }

    /// <summary>"Zoë Nguyễn-Åberg" and "resume.pdf" give "Zoe-Nguyen-Aberg-resume.pdf"; no name gives "optimized-resume.pdf" style names.</summary>
    public static string Of(string? personName, string suffix)
    {
        var slug = Slug(personName ?? "");
        return slug.Length == 0 ? (suffix.StartsWith("resume", StringComparison.Ordinal) ? $"optimized-{suffix}" : suffix) : $"{slug}-{suffix}";
    }

    private static string Slug(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (Spelled.TryGetValue(c, out var spelled))
            {
                text.Append(spelled);
            }
            else if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }
        var slug = text.ToString().Normalize(NormalizationForm.FormC).Trim('-');
        return slug.Length <= MaxNameChars ? slug : slug[..MaxNameChars].TrimEnd('-');
    }
}
