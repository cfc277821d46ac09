namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// The little of a PDF object the guard needs to see: dictionaries, arrays, names, numbers and references. Strings,
/// booleans and null are all <see cref="Other"/>: nothing the guard checks depends on them.
/// </summary>
internal abstract class PdfValue
{
    public static readonly PdfValue Other = new PdfOther();

    private sealed class PdfOther : PdfValue;
}

internal sealed class PdfName(string value) : PdfValue
{
    public string Value { get; } = value;
}

internal sealed class PdfNumber(double value) : PdfValue
{
    public double Value { get; } = value;
}

internal sealed class PdfReference(int number) : PdfValue
{
    /// <summary>The object number; generations are ignored, as lenient readers do when they disagree with the file.</summary>
    public int Number { get; } = number;
}

internal sealed class PdfArray : PdfValue
{
    public List<PdfValue> Items { get; } = [];
}

internal sealed class PdfDictionary : PdfValue
{
    public Dictionary<string, PdfValue> Entries { get; } = new(StringComparer.Ordinal);

    public PdfValue? this[string key] => Entries.GetValueOrDefault(key);
}
