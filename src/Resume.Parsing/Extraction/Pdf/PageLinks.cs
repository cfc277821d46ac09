using Resume.Parsing.Layout;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>A link annotation: where it sits on the page (top-down, like the chunks) and where it points.</summary>
internal sealed record PageLink(string Uri, double Left, double Right, double Top, double Bottom);

/// <summary>
/// Reads a page's link annotations and hangs each on the line it covers, so that an icon or a network's name printed
/// in place of an address still yields the address.
/// </summary>
internal static class PageLinks
{
    private const int MaxLinksPerPage = 200;

    public static IReadOnlyList<PageLink> Read(Page page)
    {
        var links = new List<PageLink>();
        try
        {
            foreach (var annotation in page.GetAnnotations())
            {
                if (annotation.Type != AnnotationType.Link || annotation.Action is not UglyToad.PdfPig.Actions.UriAction { Uri: { Length: > 0 and < 500 } uri })
                {
                    continue;
                }
                var r = annotation.Rectangle;
                links.Add(new PageLink(uri.Trim(), r.Left, r.Right, page.Height - r.Top, page.Height - r.Bottom));
                if (links.Count >= MaxLinksPerPage)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A broken annotation dictionary costs the links, not the text.
        }
        return links;
    }

    /// <summary>Each link goes to the line of this page it overlaps most, or the nearest one just above or below it
    /// (an icon row under the contact line).</summary>
    public static void Attach(IReadOnlyList<PageLink> links, List<TextLine> lines, int first)
    {
        foreach (var link in links)
        {
            TextLine? best = null;
            var bestScore = double.MinValue;
            for (var i = first; i < lines.Count; i++)
            {
                var line = lines[i];
                var top = line.Top;
                var bottom = line.Bottom;
                var vertical = Math.Min(bottom, link.Bottom) - Math.Max(top, link.Top);
                var horizontal = Math.Min(line.Right, link.Right) - Math.Max(line.Left, link.Left);
                var gap = vertical >= 0 ? 0 : -vertical;
                if (gap > 24)
                {
                    continue;
                }
                var score = (horizontal > 0 ? 100 : 0) - gap * 2 + Math.Max(vertical, 0);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = line;
                }
            }
            if (best is not null && !best.Links.Contains(link.Uri))
            {
                best.Links = [.. best.Links, link.Uri];
            }
        }
    }
}
