using Resume.Fixtures;
using Resume.Parsing.Text;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The Romanian Europass template in Word: each heading in a left cell, its content in the right one, the headings
/// spelt with the cedilla letters "Ş" and "Ţ" (not the comma-below "Ș" and "Ț" the lexicon writes) and one of them with
/// a Greek capital Tau standing for the Latin "T".
/// </summary>
public sealed class RomanianEuropassTests
{
    private static byte[] Form() => Compose((body, _) =>
    {
        body.Append(Row([[Plain("INFORMAŢII PERSONALE")], [Bold("Ionescu Maria-Elena")]]));
        body.Append(Row([[Plain("")], [Plain("maria.ionescu@example.ro")]]));
        body.Append(Row([[Plain("EXPERIENŢA PROFESIONALĂ")], [Bold("Asistent medical"), Plain("Spitalul Judeţean Suceava, 2018 - 2023")]]));
        body.Append(Row([[Plain("EDUCAŢIE ŞI FORMARE")], [Plain("Şcoala Postliceală Sanitară Suceava (2015-2018)")]]));
        body.Append(Row([[Plain("COMPETENΤE PERSONALE")], [Plain("Limba maternă: Română")]]));
        body.Append(Row([[Plain("Competenţe digitale")], [Bullet("Microsoft Word"), Bullet("Microsoft Excel")]]));
    });

    private static readonly Resume.Model.ResumeDocument Resume = Read(Form());

    [Fact]
    public void Cedilla_and_comma_below_letters_fold_to_the_same_base_letter()
    {
        Assert.Equal(Accents.FoldLower('ş'), Accents.FoldLower('ș'));
        Assert.Equal(Accents.FoldLower('ţ'), Accents.FoldLower('ț'));
    }

    [Fact]
    public void A_Greek_capital_inside_a_Latin_word_reads_as_the_Latin_letter_it_looks_like()
    {
        Assert.Equal("COMPETENTE PERSONALE", TextCleaner.Clean("COMPETENΤE PERSONALE"));
        Assert.Equal("INTELEGERE", TextCleaner.Clean("ΙNΤELEGERE"));
    }

    [Fact]
    public void Greek_and_Russian_words_keep_their_letters()
    {
        Assert.Equal("ΕΚΠΑΙΔΕΥΣΗ", TextCleaner.Clean("ΕΚΠΑΙΔΕΥΣΗ"));
        Assert.Equal("Опыт работы", TextCleaner.Clean("Опыт работы"));
        Assert.Equal("ΤΟ Python", TextCleaner.Clean("ΤΟ Python"));
    }

    [Fact]
    public void The_headings_spelt_with_cedillas_open_their_sections()
    {
        Assert.Equal([("Spitalul Judeţean Suceava", "Asistent medical")], Resume.Work.Select(w => (w.Name, w.Position)));
        var school = Assert.Single(Resume.Education);
        Assert.Contains("Sanitară", $"{school.Institution} {school.Area}", StringComparison.Ordinal);
        Assert.Contains(Resume.Skills.SelectMany(s => s.Keywords), k => k == "Microsoft Excel");
    }
}
