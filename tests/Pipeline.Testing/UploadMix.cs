namespace Pipeline.Testing;

/// <summary>One file to upload and whether it is a bad one (which must end <c>failed</c> at parse, with its code).</summary>
public sealed record UploadFile(string Name, byte[] Bytes, bool Bad);

/// <summary>The mix the load and fault runs send: mostly text resumes, some PDFs, and one in five a corrupt or encrypted PDF.</summary>
public static class UploadMix
{
    private static readonly Lazy<byte[]> Pdf = new(() => ResumeFixtures.TextPdf());
    private static readonly Lazy<byte[]> Corrupt = new(ResumeFixtures.CorruptPdf);
    private static readonly Lazy<byte[]> Encrypted = new(ResumeFixtures.EncryptedPdf);

    public static UploadFile For(int i, string label = "candidate") => (i % 10) switch
    {
        3 => new($"corrupt-{i}.pdf", Corrupt.Value, true),
        7 => new($"locked-{i}.pdf", Encrypted.Value, true),
        5 => new($"{label}-{i}.pdf", Pdf.Value, false),
        _ => new($"{label}-{i}.txt", ResumeFixtures.TextResume($"{Capitalised(label)} Number {i}"), false),
    };

    private static string Capitalised(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
