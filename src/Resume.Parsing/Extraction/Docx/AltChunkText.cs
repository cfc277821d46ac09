using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// An imported chunk (<c>w:altChunk</c>): Word shows HTML, MHT or plain text stored beside the document as if it were
/// the document's own paragraphs. Tools that turn a web page into a .docx (resume builders among them) put the whole
/// resume in one, so a reader that skips it finds nothing. The HTML is read into lines: block elements end a line,
/// list items are bullets, <c>h1</c>–<c>h6</c> are headings, table cells are segments. RTF and embedded Word documents
/// are not read.
/// </summary>
internal static partial class AltChunkText
{
    /// <param name="maxChars">Text beyond this is not read, as for the document itself.</param>
    public static List<TextLine> Read(string contentType, Stream data, int maxChars)
    {
        if (maxChars <= 0)
        {
            return [];
        }
        var text = ReadBounded(data, maxChars * 4);
        var type = contentType.ToLowerInvariant();
        if (type.Contains("rfc822", StringComparison.Ordinal) || type.Contains("mhtml", StringComparison.Ordinal))
        {
            text = HtmlOfMht(text);
        }
        else if (type.StartsWith("text/plain", StringComparison.Ordinal))
        {
            return text.Split('\n').Select(l => TextCleaner.Clean(l)).Where(l => l.Length > 0).Select(l => new TextLine([new LineSegment(l)])).ToList();
        }
        else if (!type.Contains("html", StringComparison.Ordinal))
        {
            return [];
        }
        return Lines(text);
    }

    private static string ReadBounded(Stream data, int maxBytes)
    {
        var buffer = new byte[Math.Min(maxBytes, 64 * 1024)];
        using var copy = new MemoryStream();
        int read;
        while (copy.Length < maxBytes && (read = data.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>The HTML part of a MIME archive (what html-to-docx tools write as <c>afchunk.mht</c>), decoded.</summary>
    private static string HtmlOfMht(string mht)
    {
        var start = mht.IndexOf("Content-Type: text/html", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return mht;
        }
        var headersEnd = mht.IndexOf("\n\n", start, StringComparison.Ordinal) is var lf and >= 0 ? lf + 2
            : mht.IndexOf("\r\n\r\n", start, StringComparison.Ordinal) is var crlf and >= 0 ? crlf + 4 : -1;
        if (headersEnd < 0)
        {
            return "";
        }
        var headers = mht[start..headersEnd];
        var end = mht.IndexOf("\n--", headersEnd, StringComparison.Ordinal);
        var body = end < 0 ? mht[headersEnd..] : mht[headersEnd..end];
        if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            return QuotedPrintable(body);
        }
        if (headers.Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
            }
            catch (FormatException)
            {
                return "";
            }
        }
        return body;
    }

    private static string QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '=' && i + 1 < body.Length && body[i + 1] is '\r' or '\n')
            {
                i += body[i + 1] == '\r' && i + 2 < body.Length && body[i + 2] == '\n' ? 2 : 1; // a soft line break
            }
            else if (c == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static List<TextLine> Lines(string html)
    {
        var lines = new List<TextLine>();
        var segments = new List<LineSegment>();
        var links = new List<string>();
        var current = new StringBuilder();
        int heading = 0, skipDepth = 0;
        var bullet = false;
        var bold = 0;
        var lineBold = false;
        var at = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase) is var b and >= 0 ? b : 0;
        // Scanned by hand, each character once: a regular expression over hostile markup (tags or comments that never
        // close) backtracks over the rest of the text at every opening.
        while (at < html.Length)
        {
            if (html[at] != '<')
            {
                var next = html.IndexOf('<', at);
                var end = next < 0 ? html.Length : next;
                if (skipDepth == 0)
                {
                    var text = WebUtility.HtmlDecode(html[at..end].ReplaceLineEndings(" "));
                    lineBold |= bold > 0 && !string.IsNullOrWhiteSpace(text);
                    current.Append(text);
                }
                at = end;
                continue;
            }
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = close < 0 ? html.Length : close + 3;
                continue;
            }
            var tagEnd = html.IndexOf('>', at);
            if (tagEnd < 0)
            {
                break;
            }
            var tag = html.AsSpan(at + 1, tagEnd - at - 1);
            at = tagEnd + 1;
            var closing = tag.StartsWith("/");
            var nameSpan = closing ? tag[1..] : tag;
            var length = 0;
            while (length < nameSpan.Length && char.IsAsciiLetterOrDigit(nameSpan[length]))
            {
                length++;
            }
            if (length == 0)
            {
                continue; // <!DOCTYPE>, <?xml?>
            }
            var name = nameSpan[..length].ToString().ToLowerInvariant();
            if (name is "script" or "style" or "head" or "title")
            {
                skipDepth = Math.Max(0, skipDepth + (closing ? -1 : 1));
                continue;
            }
            switch (name)
            {
                case "br":
                    EndLine();
                    break;
                case "td" or "th":
                    EndSegment();
                    break;
                case "b" or "strong":
                    bold += closing ? -1 : 1;
                    break;
                case "a" when !closing && Href().Match(tag.ToString()) is { Success: true } href:
                    var target = WebUtility.HtmlDecode(href.Groups[1].Value);
                    if (target.Contains(':', StringComparison.Ordinal) && !links.Contains(target))
                    {
                        links.Add(target);
                    }
                    break;
                case "p" or "div" or "tr" or "table" or "ul" or "ol" or "section" or "header" or "footer" or "article" or "hr" or "dt" or "dd":
                    EndLine();
                    break;
                case "li":
                    EndLine();
                    bullet = !closing;
                    break;
                case ['h', >= '1' and <= '6']:
                    EndLine();
                    heading = closing ? 0 : name[1] - '0';
                    break;
            }
        }
        EndLine();
        return lines;

        void EndSegment()
        {
            var text = TextCleaner.Clean(current.ToString());
            current.Clear();
            if (text.Length > 0)
            {
                segments.Add(new LineSegment(text));
            }
        }

        void EndLine()
        {
            EndSegment();
            if (segments.Count > 0)
            {
                lines.Add(new TextLine([.. segments]) { Bullet = bullet, HeadingLevel = heading, Bold = lineBold || heading > 0, Links = [.. links] });
            }
            segments.Clear();
            links.Clear();
            lineBold = false;
        }
    }

    [GeneratedRegex("""href\s*=\s*["']([^"']{0,2000})["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
