namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>A stream object: its number, its dictionary, and where its data starts and (at first sight) ends.</summary>
internal sealed record PdfStream(int Number, PdfDictionary Dictionary, int DataStart, int End);
