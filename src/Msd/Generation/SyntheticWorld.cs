namespace Msd.Generation;

/// <summary>Everything that happened in one municipality during the run: the truth every output is written from.</summary>
internal sealed record SyntheticWorld(
    GeneratedPopulation Population,
    List<CareSpell> Care,
    List<WmoMelding> WmoMeldingen,
    IncomeModel.Result Income,
    DebtModel.Result Debt,
    List<Iv3Line> Ledger)
{
    public static SyntheticWorld Build(GeneratedMunicipality municipality, DateOnly from, DateOnly to, long seed, BsnAllocator bsns)
    {
        var population = PopulationModel.Build(municipality, from, to, seed, bsns);
        var care = CareModel.Simulate(population, from, to, seed);
        var income = IncomeModel.Simulate(population, from, to, seed);
        return new SyntheticWorld(population, care, WmoRegistrationModel.Simulate(population, care, to, seed), income,
            DebtModel.Simulate(population, from, to, seed), FinanceModel.Ledger(population, care, income, from, to, seed));
    }
}
