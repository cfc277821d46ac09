using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Web Project Manager dal 2010 al 2013 in Dominio S.r.l. - Torino": a line that runs title, dates and
/// employer together as a sentence; the word that joined them is no part of the employer's name.</summary>
public sealed class EmployerPrepositionTests
{
    [Fact]
    public void The_preposition_before_the_employer_is_not_its_name()
    {
        var resume = Read("""
            Marta Benvenuti
            marta.benvenuti@example.com

            Esperienza professionale

            Web Project Manager dal 2010 al 2013 in Dominio S.r.l. - Torino
            Ho gestito la relazione con i clienti e la documentazione di progetto.

            Team Leader dal 2009 al 2010 in Conturbo S.r.l. - Torino
            Ho raccolto ed analizzato le richieste dei clienti.
            """);

        Assert.Equal(["Dominio S.r.l.", "Conturbo S.r.l."], resume.Work.Select(w => w.Name));
    }
}
