using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// "KiCAD, Eagle, LTspice, u.a.", "Excel, Word e outros", "Java, Kotlin etc.": a list of skills closed by a word saying
/// it goes on keeps its named items and nothing of the closing word, in any of the languages resumes are written in.
/// A name in capitals ("ECC") is no such word.
/// </summary>
public sealed class ListCloserTests
{
    private const string Resume = """
        Jonte Vallentin
        jonte.vallentin@example.com

        EDV-Kenntnisse
        E-Technik: KiCAD, Eagle, LTspice, u.a.
        Büro: Excel, Word e outros
        Sprachen der Entwicklung: Java, Kotlin etc.
        SAP: S/4HANA, some ECC
        """;

    [Fact]
    public void A_word_saying_the_list_goes_on_is_no_skill()
    {
        var resume = Read(Resume);

        Assert.Equal(["KiCAD", "Eagle", "LTspice", "Excel", "Word", "Java", "Kotlin", "S/4HANA", "some ECC"], resume.Keywords());
    }
}
