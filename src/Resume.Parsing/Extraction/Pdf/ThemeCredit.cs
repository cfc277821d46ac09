using System.Text.RegularExpressions;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A web theme prints its maker's credit under the last of the content ("Designed with ♥ by …", "Original template by
/// …"): it is no part of the resume, and left in place it reads as the last item of the section above it.
/// </summary>
internal static partial class ThemeCredit
{
    /// <summary>Drops the last row of the document when it is such a credit, with the icon cells that share its row.</summary>
    public static void Drop(List<Chunk> lastPage)
    {
        if (lastPage.Count == 0)
        {
            return;
        }
        var bottom = lastPage.Max(c => c.Baseline);
        var row = lastPage.Where(c => Math.Abs(c.Baseline - bottom) <= 1.5).OrderBy(c => c.Left).ToList();
        var text = string.Join(" ", row.Select(c => c.Text.Trim()));
        if (text.Length <= 80 && Credit().IsMatch(text))
        {
            lastPage.RemoveAll(row.Contains);
        }
    }

    [GeneratedRegex(@"^(?:(?:designed|made|built|crafted|created|coded|powered)\b.{0,30}?\bby\b|.{0,30}?\b(?:template|theme)\s+(?:by|from)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
