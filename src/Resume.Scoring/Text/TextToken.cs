namespace Resume.Scoring.Text;

/// <summary>A word ("node.js", "c#", "20k") or a single punctuation mark ("/", "&amp;", ",") of a line of text.</summary>
/// <param name="Text">As written.</param>
/// <param name="Lower">Lower-cased (invariant), the form phrases are looked up by.</param>
/// <param name="Start">Offset of the first character in the line.</param>
/// <param name="IsWord">False for a punctuation mark.</param>
internal readonly record struct TextToken(string Text, string Lower, int Start, bool IsWord)
{
    public int End => Start + Text.Length;
}
