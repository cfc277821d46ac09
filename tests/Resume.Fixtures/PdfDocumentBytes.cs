using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>A drawn document as the bytes a person would upload.</summary>
public static class PdfDocumentBytes
{
    public static byte[] ToBytes(this PdfDocument document)
    {
        using var stream = new MemoryStream();
        // Left open: PDFsharp closes the stream it saves to unless told otherwise, and a closed stream still hands over its bytes, but only by luck of MemoryStream.
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
