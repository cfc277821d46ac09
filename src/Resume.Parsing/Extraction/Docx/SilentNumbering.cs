using DocumentFormat.OpenXml.Wordprocessing;

namespace Resume.Parsing.Extraction.Docx;

/// <summary>
/// List levels that print nothing before their paragraphs: word processors tie the heading styles to an outline list
/// whose levels have an empty number text, so "Recent Experience" in Heading 6 is a numbered paragraph in the file
/// but shows no number or bullet on the page. Such a paragraph is read as a reader sees it, not as a list item.
/// </summary>
internal sealed class SilentNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<int, List<(int Level, string? Style, bool Silent)>> _levels = [];

    public static SilentNumbering Read(Numbering? numbering)
    {
        var result = new SilentNumbering();
        if (numbering is null)
        {
            return result;
        }
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is not int id)
            {
                continue;
            }
            result._levels[id] = definition.Elements<Level>()
                .Select(l => (l.LevelIndex?.Value ?? 0, l.ParagraphStyleIdInLevel?.Val?.Value,
                    l.LevelText?.Val?.Value is { } text && string.IsNullOrWhiteSpace(text) && l.LevelText.Val.Value is not null))
                .ToList();
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is int number && instance.AbstractNumId?.Val?.Value is int definitionId)
            {
                result._abstractOf[number] = definitionId;
            }
        }
        return result;
    }

    /// <summary>Whether list <paramref name="numberId"/> prints nothing at the paragraph's level: the level given, else the
    /// one the paragraph's style is bound to, else the first.</summary>
    public bool PrintsNothing(int numberId, int? level, string? styleId)
    {
        if (!_abstractOf.TryGetValue(numberId, out var definitionId) || !_levels.TryGetValue(definitionId, out var levels) || levels.Count == 0)
        {
            return false;
        }
        var match = level is { } l ? levels.FirstOrDefault(x => x.Level == l)
            : styleId is not null && levels.Any(x => x.Style == styleId) ? levels.First(x => x.Style == styleId) : levels[0];
        return match.Silent;
    }
}
