using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Spoken languages named in the resume's own language, in lower case as Polish and the Scandinavian languages
/// write them (invented people).</summary>
public sealed class TongueNameTests
{
    [Fact]
    public void A_Polish_languages_section_names_its_tongues_in_Polish()
    {
        var resume = Read("""
            Zofia Wierzbicka
            zofia.wierzbicka@example.pl

            DOŚWIADCZENIE ZAWODOWE
            Analityk danych, Kwadrat Dane Sp. z o.o.    03.2021 – obecnie
            • Raporty sprzedaży w Power BI

            ZNAJOMOŚĆ JĘZYKÓW
            polski – ojczysty
            angielski – zaawansowany
            niemiecki – podstawowy
            """);

        Assert.Equal(["polski", "angielski", "niemiecki"], resume.Languages.Select(l => l.Name));
        Assert.DoesNotContain("angielski", resume.Keywords());
    }

    [Fact]
    public void A_Danish_languages_section_names_its_tongues_in_Danish()
    {
        var resume = Read("""
            Mads Kjærgaard
            mads.kjaergaard@example.dk

            ERHVERVSERFARING
            Udvikler, Fjordlys ApS    2019 – 2023
            • Bookingsystem i C#

            SPROG
            dansk – modersmål
            engelsk – flydende
            """);

        Assert.Equal(["dansk", "engelsk"], resume.Languages.Select(l => l.Name));
    }
}
