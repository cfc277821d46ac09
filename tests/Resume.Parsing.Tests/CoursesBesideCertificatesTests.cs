using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A resume that lists its courses and its certificates under two headings has told them apart: the courses
/// are no certificates. A courses heading alone still lists certificates.</summary>
public sealed class CoursesBesideCertificatesTests
{
    [Fact]
    public void Courses_listed_apart_from_certifications_are_not_certificates()
    {
        var resume = Read("""
            Clara Venturi
            clara.venturi@example.com

            EXPERIENCE
            Osservatorio Nord, Research Assistant
            2019 - 2023
            • Calibrated the detector readout.

            COURSES
            12/2021 Detector Physics Workshop (20 hours)
            11/2021 Statistics for Data Analysis Tutorial (21 hours)

            CERTIFICATIONS
            04/2021 English Language IELTS Academic 7.0
            02/2018 First Aid at Work, Red Cross
            """);

        Assert.Equal(["English Language IELTS Academic 7.0", "First Aid at Work"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_german_weiterbildung_section_beside_zertifikate_lists_no_certificates()
    {
        var resume = Read("""
            Jana Richter
            jana.richter@example.com

            BERUFSERFAHRUNG
            Klinikum Nord, Gesundheits- und Krankenpflegerin
            2016 - 2024
            • Pflege auf der Intensivstation.

            WEITERBILDUNG
            2022 Wundmanagement Grundkurs, Akademie Nord
            2020 Kommunikation im Team, Bildungswerk Hamburg

            ZERTIFIKATE
            2021 Praxisanleiterin, Deutsche Krankenhausgesellschaft
            """);

        Assert.Equal(["Praxisanleiterin"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_courses_section_alone_still_lists_certificates()
    {
        var resume = Read("""
            Tiago Moreira
            tiago.moreira@example.com

            EXPERIÊNCIA PROFISSIONAL
            Padaria Central, Gerente de Loja
            2018 - 2023
            • Gestão de equipe de oito pessoas.

            CURSOS
            Boas Práticas de Manipulação de Alimentos — SENAC, 2019
            Excel Avançado — Fundação Bradesco, 2021
            """);

        Assert.Equal(["Boas Práticas de Manipulação de Alimentos", "Excel Avançado"], resume.Certificates.Select(c => c.Name));
    }
}
