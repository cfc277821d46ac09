using System.Text.RegularExpressions;

namespace Resume.Parsing.Text;

/// <summary>The glyphs and marks resumes put before list items.</summary>
internal static partial class Bullets
{
    public static bool IsBulletChar(char c) => c is '•' or '▪' or '▫' or '‣' or '◦' or '●' or '○' or '■' or '□' or '►' or '▸'
        or '▶' or '➢' or '➤' or '❖' or '✓' or '✔' or '◆' or '◇' or '♦' or '∙' or '⋅' or '·' or '–' or '—' or '-' or '*'
        or '\uF0B7' or '\uF0A7' or '\uF076' or '\uF0D8' or '\uF0FC' or '⁃' or '⦁' or '⚫' or '⬤'
        or '❏' or '❑' or '❐' or '❒' || IsRareBulletChar(c);

    /// <summary>Less common list glyphs (diamonds, lozenges, sparkles, open arrowheads, check boxes, fisheyes): LaTeX
    /// and Word symbol menus offer them as list marks, and at a line's start none of them opens a word. Stars stay
    /// out: a line of them is a skill's rating.</summary>
    private static bool IsRareBulletChar(char c) => c is '⋄' or '◊' or '⬥' or '⬦' or '⬧' or '⬨' or '◈' or '✦' or '✧'
        or '➔' or '➜' or '➙' or '➛' or '➝' or '➞' or '➣' or '➥' or '➧' or '⇨' or '▹' or '▻' or '▷' or '◾' or '◽' or '◼'
        or '◻' or '⚬' or '◉' or '⦿' or '⦾' or '⁌' or '⁍' or '❯' or '❱' or '☐' or '☑' or '☒' or '✗' or '✘' or '⊳' or '⧫'
        or '⬩' or '⬪' or '⬫' or '∘' or '⟡' or '⊙' or '⊚' or '⮚' or '⮞' or '⯈';

    /// <summary>Splits a leading bullet (glyph, or "1." / "a)" numbering) from the text.</summary>
    public static bool TryStrip(string text, out string rest)
    {
        rest = text;
        if (text.Length == 0)
        {
            return false;
        }
        if (IsBulletChar(text[0]))
        {
            // "-5%" or "--" are not list items; a dash bullet is followed by a space.
            if (text[0] is '-' or '–' or '—' or '*' && (text.Length < 2 || text[1] != ' ') && !GluedDash(text))
            {
                return false;
            }
            rest = text[1..].TrimStart();
            return rest.Length > 0;
        }
        var m = Numbered().Match(text);
        if (m.Success)
        {
            rest = text[m.Length..];
            return rest.Length > 0;
        }
        return false;
    }

    /// <summary>"-Organised the club's parties": a hyphen typed against a sentence's capital opens a list item as "- "
    /// does (a negative number, "-5%", or a lone "-Present" does not).</summary>
    private static bool GluedDash(string text) =>
        text[0] == '-' && text.Length > 3 && char.IsUpper(text[1]) && text.IndexOf(' ', 2) > 0;

    /// <summary>"1." or "a)" before a capital; a day's number before a month's name and a year ("01. Juli 2023", how
    /// German and Scandinavian writers date) is a date's first figure, not a list's number.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[.)](?!\s+(?i:" + Fields.DateWords.Month + @")\.?\s+\d{4})|[a-z][.)]|\(\d{1,2}\)|[ivx]{1,4}[.)])\s+(?=\p{Lu})")]
    private static partial Regex Numbered();
}
