using System.Text;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Resumes written in German, French, Spanish, Portuguese, Italian, Dutch, Czech and Polish (invented people): their section
/// headings, month names, present words, degrees and titles, each as plain text and as a Word or PDF file.</summary>
public sealed class EuropeanLanguageTests
{
    public enum Format { Text, Docx, Pdf }

    private static readonly string[] German =
    [
        "Jonas Weißenberger",
        "jonas.weissenberger@example.de | +49 170 2345678",
        "# Berufserfahrung",
        "Softwareentwickler, Nordlicht Systeme GmbH\tseit 03/2020",
        "• Zahlungsdienst in Kotlin gebaut, 2 Mio. Buchungen pro Tag",
        "Werkstudent, Brandt & Söhne AG\t10.2017 – 02.2020",
        "• Testautomatisierung mit Selenium eingeführt",
        "# Ausbildung",
        "Technische Universität Dresden\tOkt. 2014 – Sept. 2017",
        "Bachelor of Science Informatik",
        "# Kenntnisse",
        "Kotlin, PostgreSQL, Kubernetes",
        "# Sprachkenntnisse",
        "Deutsch (Muttersprache), Englisch (C1)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Docx)]
    public void A_German_Lebenslauf_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(German, format));

        Assert.Equal(["Nordlicht Systeme GmbH", "Brandt & Söhne AG"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Softwareentwickler", "Werkstudent"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2020-03", null), ("2017-10", "2020-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal("Technische Universität Dresden", school.Institution);
        Assert.Equal(("2014-10", "2017-09"), (school.StartDate, school.EndDate));
        Assert.Contains("Kotlin", resume.Keywords());
        Assert.Contains("Deutsch", resume.Languages.Select(l => l.Name));
    }

    private static readonly string[] French =
    [
        "Camille Roussel",
        "camille.roussel@example.fr | +33 6 12 34 56 78",
        "# Expérience professionnelle",
        "Ingénieure logiciel, Lumière Numérique SAS\tjanv. 2021 – aujourd'hui",
        "• Migration de 40 services vers Kubernetes",
        "Développeuse, Atelier Véga\tde sept. 2018 à déc. 2020",
        "• Refonte du site marchand en React",
        "# Formation",
        "Master en informatique, Université de Lyon\t2016 – 2018",
        "# Compétences",
        "Java, React, Docker",
        "# Langues",
        "Français (langue maternelle), Anglais (courant)",
        "# Centres d'intérêt",
        "Escalade, photographie",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_French_CV_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(French, format));

        Assert.Equal(["Lumière Numérique SAS", "Atelier Véga"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Ingénieure logiciel", "Développeuse"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2021-01", null), ("2018-09", "2020-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Université de Lyon", "Master", "informatique"), (school.Institution, school.StudyType, school.Area));
        Assert.Contains("Docker", resume.Keywords());
        Assert.Contains("Anglais", resume.Languages.Select(l => l.Name));
    }

    private static readonly string[] Spanish =
    [
        "Lucía Ferrándiz Ortega",
        "lucia.ferrandiz@example.es | +34 612 345 678",
        "# Experiencia laboral",
        "Desarrolladora backend, Marea Digital S.L.\tene. 2021 – actualidad",
        "• Diseño de la API de pagos en Go",
        "Becaria de desarrollo, Cooperativa Olivar\tmarzo de 2019 - diciembre de 2020",
        "• Automatización de informes con Python",
        "# Formación académica",
        "Grado en Ingeniería Informática, Universidad de Granada\t2015 – 2019",
        "# Habilidades",
        "Go, Python, PostgreSQL",
        "# Idiomas",
        "Español (nativo), Inglés (B2)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Docx)]
    public void A_Spanish_CV_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(Spanish, format));

        Assert.Equal(["Marea Digital S.L.", "Cooperativa Olivar"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Desarrolladora backend", "Becaria de desarrollo"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2021-01", null), ("2019-03", "2020-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Universidad de Granada", "Grado", "Ingeniería Informática"), (school.Institution, school.StudyType, school.Area));
        Assert.Contains("PostgreSQL", resume.Keywords());
        Assert.Contains("Inglés", resume.Languages.Select(l => l.Name));
    }

    private static readonly string[] Portuguese =
    [
        "Beatriz Almeida Prado",
        "beatriz.prado@example.com.br | +55 51 99876 5432",
        "# Experiência profissional",
        "Analista fiscal, Cooperativa Vale Verde\tabril de 2024 - o momento (8 meses)",
        "• Apuração de impostos de 12 filiais",
        "Estagiária de contabilidade, Grupo Ipê Amarelo\tfev. 2022 - mar. 2024 (2 anos 2 meses)",
        "• Conciliação bancária mensal",
        "# Formação acadêmica",
        "Bacharelado em Ciências Contábeis, Universidade Federal do Paraná\t2019 - 2023",
        "# Principais competências",
        "Excel, SAP, Power BI",
        "# Idiomas",
        "Português (nativo), Inglês (intermediário)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_Portuguese_curriculo_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(Portuguese, format));

        Assert.Equal(["Cooperativa Vale Verde", "Grupo Ipê Amarelo"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Analista fiscal", "Estagiária de contabilidade"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2024-04", null), ("2022-02", "2024-03")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Universidade Federal do Paraná", "Bacharelado", "Ciências Contábeis"), (school.Institution, school.StudyType, school.Area));
        Assert.Contains("Power BI", resume.Keywords());
    }

    private static readonly string[] Italian =
    [
        "Matteo Bellandi",
        "matteo.bellandi@example.it | +39 347 123 4567",
        "# Esperienza lavorativa",
        "Sviluppatore full stack, Officina Adriatica S.r.l.\tgen 2020 – oggi",
        "• Gestionale ordini in TypeScript",
        "Stagista, Studio Ferraresi\tset. 2018 – dic. 2019",
        "• Test automatici con Cypress",
        "# Istruzione",
        "Laurea magistrale in Informatica, Università di Bologna\t2016 – 2018",
        "# Competenze",
        "TypeScript, Angular, MySQL",
        "# Lingue",
        "Italiano (madrelingua), Inglese (C1)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Docx)]
    public void An_Italian_CV_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(Italian, format));

        Assert.Equal(["Officina Adriatica S.r.l.", "Studio Ferraresi"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Sviluppatore full stack", "Stagista"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2020-01", null), ("2018-09", "2019-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Università di Bologna", "Laurea magistrale", "Informatica"), (school.Institution, school.StudyType, school.Area));
        Assert.Contains("Angular", resume.Keywords());
        Assert.Contains("Inglese", resume.Languages.Select(l => l.Name));
    }

    private static readonly string[] Dutch =
    [
        "Sanne van der Heijden",
        "sanne.vanderheijden@example.nl | +31 6 12345678",
        "# Werkervaring",
        "Ontwikkelaar, Polderlicht B.V.\tmei 2021 – heden",
        "• Planningssysteem in C# gebouwd",
        "Stagiair, Gemeente Zwolle\tokt 2019 – mrt 2021",
        "• Dashboards in Power BI opgezet",
        "# Opleiding",
        "HBO-bachelor Informatica, Hogeschool Windesheim\t2016 – 2020",
        "# Vaardigheden",
        "C#, .NET, Azure",
        "# Talen",
        "Nederlands (moedertaal), Engels (vloeiend)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_Dutch_cv_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(Dutch, format));

        Assert.Equal(["Polderlicht B.V.", "Gemeente Zwolle"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Ontwikkelaar", "Stagiair"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2021-05", null), ("2019-10", "2021-03")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Hogeschool Windesheim", "HBO-bachelor", "Informatica"), (school.Institution, school.StudyType, school.Area));
        Assert.Contains("Azure", resume.Keywords());
        Assert.Contains("Engels", resume.Languages.Select(l => l.Name));
    }

    private static readonly string[] Czech =
    [
        "Tereza Novotná",
        "tereza.novotna@example.cz | +420 601 234 567",
        "# Pracovní zkušenosti",
        "Účetní, Vltava Stavby s.r.o.\tčervence 2019 – současnost",
        "• Měsíční uzávěrky pro tři dceřiné společnosti",
        "Asistentka, Kovárna Brno a.s.\tlistopadu 2016 – června 2019",
        "• Fakturace a evidence smluv",
        "# Vzdělání",
        "Vysoká škola ekonomická v Praze\t2012 – 2016",
        "Bakalář Účetnictví",
        "# Dovednosti",
        "SAP, Excel, Pohoda",
        "# Jazyky",
        "čeština (rodilá mluvčí), angličtina (B2)",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_Czech_zivotopis_is_read_by_its_headings_and_its_months_in_the_genitive(Format format)
    {
        var resume = Read(Render(Czech, format));

        Assert.Equal(["Vltava Stavby s.r.o.", "Kovárna Brno a.s."], resume.Work.Select(w => w.Name));
        // "července" is July and "června" June, not their shared prefix "červen".
        Assert.Equal([("2019-07", null), ("2016-11", "2019-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal("Vysoká škola ekonomická v Praze", Assert.Single(resume.Education).Institution);
        Assert.Contains("SAP", resume.Keywords());
    }

    private static readonly string[] Polish =
    [
        "Katarzyna Wiśniewska",
        "k.wisniewska@example.pl | +48 601 234 567",
        "# Doświadczenie zawodowe",
        "Pielęgniarka, Szpital Miejski w Gdyni\tstyczeń 2021 – obecnie",
        "• Opieka nad pacjentami oddziału kardiologii",
        "Opiekunka, Dom Opieki Bursztyn\tpaździernik 2018 – grudzień 2020",
        "• Pomoc w codziennych czynnościach",
        "# Wykształcenie",
        "Gdański Uniwersytet Medyczny\t2014 – 2018",
        "Licencjat Pielęgniarstwo",
        "# Umiejętności",
        "Pomiary EKG, Dokumentacja medyczna",
    ];

    [Theory]
    [InlineData(Format.Text)]
    [InlineData(Format.Pdf)]
    public void A_Polish_cv_is_read_by_its_headings_and_dates(Format format)
    {
        var resume = Read(Render(Polish, format));

        Assert.Equal(["Szpital Miejski w Gdyni", "Dom Opieki Bursztyn"], resume.Work.Select(w => w.Name));
        Assert.Equal([("2021-01", null), ("2018-10", "2020-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal("Gdański Uniwersytet Medyczny", Assert.Single(resume.Education).Institution);
    }

    [Theory]
    [InlineData("BERUFSERFAHRUNG", SectionKinds.Work)]
    [InlineData("Persoenliche Daten", Structure.SectionKind.Contact)]
    [InlineData("Kenntnisse & Fähigkeiten", SectionKinds.Skills)]
    [InlineData("Centres d’intérêt", SectionKinds.Interests)]
    [InlineData("EXPERIENCIA PROFESIONAL", SectionKinds.Work)]
    [InlineData("Formação Académica", SectionKinds.Education)]
    [InlineData("Esperienze lavorative:", SectionKinds.Work)]
    [InlineData("Kennis en vaardigheden", SectionKinds.Skills)]
    [InlineData("Compétences", SectionKinds.Skills)]
    [InlineData("COMPETENCES", SectionKinds.Skills)]
    [InlineData("Arbetslivserfarenhet", SectionKinds.Work)]
    [InlineData("UDDANNELSE", SectionKinds.Education)]
    [InlineData("İş Deneyimi", SectionKinds.Work)]
    [InlineData("Eğitim", SectionKinds.Education)]
    [InlineData("Nejčastější dovednosti", SectionKinds.Skills)]
    [InlineData("Pracovné skúsenosti", SectionKinds.Work)]
    [InlineData("QUALCOSA SU DI ME", SectionKinds.Summary)]
    [InlineData("Punti di forza", SectionKinds.Skills)]
    [InlineData("Reseña", SectionKinds.Summary)]
    [InlineData("ZIELSETZUNG", SectionKinds.Summary)]
    [InlineData("ESPERIENZA NON PROFESSIONALE", SectionKinds.Projects)]
    public void Headings_in_other_european_languages_are_known_with_or_without_accents(string heading, string kind)
    {
        var match = Structure.HeadingLexicon.Match(heading);

        Assert.Equal((kind, true), (match?.Kind, match?.Exact ?? false));
    }

    [Theory]
    [InlineData("competences")]
    [InlineData("formation")]
    public void A_foreign_heading_that_is_an_english_word_is_no_heading_in_lower_case(string line) =>
        Assert.Null(Structure.HeadingLexicon.Match(line));

    [Theory]
    [InlineData("März 2019 – heute", "2019-03", null)]
    [InlineData("03.2019 – 06.2021", "2019-03", "2021-06")]
    [InlineData("seit 03/2020", "2020-03", null)]
    [InlineData("von 2016 bis 2019", "2016", "2019")]
    [InlineData("Jan. 2020 – aktuell", "2020-01", null)]
    [InlineData("févr. 2019 – présent", "2019-02", null)]
    [InlineData("de 2019 à 2021", "2019", "2021")]
    [InlineData("juillet 2017 – à ce jour", "2017-07", null)]
    [InlineData("desde 2020", "2020", null)]
    [InlineData("desde mayo de 2018 hasta agosto de 2020", "2018-05", "2020-08")]
    [InlineData("abr. 2022 – presente", "2022-04", null)]
    [InlineData("jun. de 2021 - atual", "2021-06", null)]
    [InlineData("outubro de 2015 - novembro de 2017", "2015-10", "2017-11")]
    [InlineData("giugno 2016 – luglio 2018", "2016-06", "2018-07")]
    [InlineData("dal 2019 ad oggi", "2019", null)]
    [InlineData("maart 2015 – augustus 2019", "2015-03", "2019-08")]
    [InlineData("feb. 2020 – nu", "2020-02", null)]
    [InlineData("Mai 2018 - Dez. 2019", "2018-05", "2019-12")]
    public void Dates_in_other_european_languages_are_read(string text, string start, string? end)
    {
        var range = Fields.DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Equal((start, end, end is null), (range.Start, range.End, range.Current));
    }

    [Theory]
    [InlineData("Flight software for Mars 2020 rover", "2020")]
    [InlineData("Mai Tanaka 2019", "2019")]
    [InlineData("Sold out 2021 tour", "2021")]
    public void A_month_name_that_is_also_an_english_word_is_no_month_outside_a_range(string text, string year)
    {
        var range = Fields.DateParser.Find(text);

        Assert.Equal((year, null, false), (range?.Start, range?.End, range?.Current ?? false));
    }

    [Fact]
    public void A_range_with_a_word_for_from_leaves_no_stray_word_behind()
    {
        var range = Fields.DateParser.Find("Lagerist, Hansa Logistik von 2016 bis 2019")!;

        Assert.Equal("Lagerist, Hansa Logistik", Fields.DateParser.Remove("Lagerist, Hansa Logistik von 2016 bis 2019", range));
    }

    [Fact]
    public void English_headings_and_prose_with_foreign_looking_words_read_as_before()
    {
        var resume = Read("""
            Mai Okafor
            mai.okafor@example.com

            EXPERIENCE
            Reservoir Engineer, Petrolux Energy                 Mar 2019 – Present
            • Led formation evaluation for 14 wells on the Mars 2020 survey
            • Presented results to partners in Opleiding Hall, Rotterdam

            SKILLS
            Formation evaluation, Petrel, Python
            """);

        Assert.Equal("Mai Okafor", resume.Basics.Name);
        var job = Assert.Single(resume.Work);
        Assert.Equal(("Petrolux Energy", "Reservoir Engineer", "2019-03"), (job.Name, job.Position, job.StartDate));
        Assert.Equal(2, job.Highlights.Count);
        Assert.Contains("Petrel", resume.Keywords());
    }

    /// <summary>Lines in a small markup: "# " a heading, "• " a bullet, a tab between an entry's text and its dates.</summary>
    private static byte[] Render(IReadOnlyList<string> lines, Format format) => format switch
    {
        Format.Text => Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l =>
            l.StartsWith("# ", StringComparison.Ordinal) ? "\n" + l[2..].ToUpperInvariant() : l.Replace("\t", "    ", StringComparison.Ordinal)))),
        Format.Docx => DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled(lines[0], "Title"));
            foreach (var line in lines.Skip(1))
            {
                body.Append(line switch
                {
                    _ when line.StartsWith("# ", StringComparison.Ordinal) => DocxResume.Styled(line[2..], "Heading1"),
                    _ when line.StartsWith("• ", StringComparison.Ordinal) => DocxResume.Bullet(line[2..]),
                    _ when line.Contains('\t', StringComparison.Ordinal) => DocxResume.Tabbed(line.Split('\t')[0], line.Split('\t')[1], true),
                    _ => DocxResume.Plain(line),
                });
            }
        }),
        _ => MarkedLinesPdf.Render(lines),
    };
}
