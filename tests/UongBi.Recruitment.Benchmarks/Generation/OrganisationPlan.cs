using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Benchmarks.Generation;

internal sealed class GeneratedUnit
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public UnitKind Kind { get; init; }
    public DateOnly ValidFrom { get; init; } = new(1900, 1, 1);
    public DateOnly? ValidTo { get; set; }
    public int? SuccessorId { get; set; }
    public bool IsDeleted { get; init; }

    /// <summary>Relative size: candidates are drawn in proportion to it.</summary>
    public double Weight { get; init; }

    /// <summary>Three-digit province code used in citizen IDs.</summary>
    public int Province { get; init; }

    public List<GeneratedCell> Cells { get; } = [];

    public bool ExistsOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public bool ExistsIn(int year) =>
        ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || ValidTo >= new DateOnly(year, 1, 1));
}

internal sealed class GeneratedCell
{
    public int Id { get; init; }
    public int WardId { get; init; }
    public required string Name { get; init; }
    public CellKind Kind { get; init; }
    public string? Zone { get; init; }
    public DateOnly ValidFrom { get; init; } = new(1900, 1, 1);
    public DateOnly? ValidTo { get; init; }

    public bool ExistsOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

internal sealed record GeneratedTarget(int WardId, int Year, int Count, TargetScope Scope, bool IsDeleted);

internal sealed record GeneratedPlan(int Year, int Count, TargetScope Scope);

/// <summary>
/// Units with validity (a few dissolved mid-year with successors, a few new since the 1 July 2025 reform, one
/// soft-deleted), about fifteen cells each in a realistic kind mix, targets per unit and year (mostly
/// residential-and-village scope, some all-cells, some zero or missing) and the city's plan per year.
/// </summary>
internal sealed class OrganisationPlan
{
    public static readonly DateOnly Reform = new(2025, 7, 1);

    public List<GeneratedUnit> Units { get; } = [];
    public List<GeneratedTarget> Targets { get; } = [];
    public List<GeneratedPlan> Plans { get; } = [];
    public int CellCount => Units.Sum(u => u.Cells.Count);

    public static OrganisationPlan Build(Random random, int unitCount, int candidates, int[] years)
    {
        var plan = new OrganisationPlan();
        var dissolved2025 = Math.Max(1, unitCount / 100);
        var created2025 = unitCount >= 1_000 ? Math.Max(1, dissolved2025 / 3) : 0;
        var dissolvedEarlier = unitCount >= 100 ? Math.Max(1, unitCount / 300) : 0;
        var deleted = 1;
        var live = unitCount - dissolved2025 - created2025 - dissolvedEarlier - deleted;

        var cellId = 0;
        GeneratedUnit NewUnit(DateOnly? validFrom, DateOnly? validTo, bool isDeleted)
        {
            var index = plan.Units.Count;
            var kind = random.Next(100) < 35 ? UnitKind.Ward : UnitKind.Commune;
            var unit = new GeneratedUnit
            {
                Id = index + 1,
                Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U{index + 1:00000}"),
                Name = Names.Place(random),
                Kind = kind,
                ValidFrom = validFrom ?? new DateOnly(1900, 1, 1),
                ValidTo = validTo,
                IsDeleted = isDeleted,
                // Sizes vary a lot between a city ward and a mountain commune: a skewed weight (0.3 to ~3).
                Weight = 0.3 + (2.7 * Math.Pow(random.NextDouble(), 2)),
                Province = 1 + (index % 96),
            };
            AddCells(random, unit, ref cellId);
            plan.Units.Add(unit);
            return unit;
        }

        for (var i = 0; i < live; i++)
        {
            NewUnit(null, null, false);
        }

        var liveUnits = plan.Units.ToList();
        var newUnits = Enumerable.Range(0, created2025).Select(_ => NewUnit(Reform, null, false)).ToList();
        for (var i = 0; i < dissolved2025; i++)
        {
            var unit = NewUnit(null, Reform.AddDays(-1), false);
            unit.SuccessorId = newUnits.Count > 0 ? newUnits[i % newUnits.Count].Id : liveUnits[random.Next(liveUnits.Count)].Id;
        }

        for (var i = 0; i < dissolvedEarlier; i++)
        {
            // Mergers also happened before the reform (the city's own 1 Jan 2020 one is older than the data).
            var unit = NewUnit(null, i % 2 == 0 ? new DateOnly(2022, 6, 30) : new DateOnly(2023, 9, 30), false);
            unit.SuccessorId = liveUnits[random.Next(liveUnits.Count)].Id;
        }

        // Entered by mistake and deleted: it must never appear in any figure.
        NewUnit(null, null, true);

        // Targets sized so progress lands around 100 %: each unit's share of the yearly admissions in residential cells.
        var admissionsPerYear = candidates * 0.7 / 5.5;
        var totalWeight = plan.Units.Where(u => !u.IsDeleted).Sum(u => u.Weight);
        foreach (var year in years)
        {
            var sum = 0;
            foreach (var unit in plan.Units.Where(u => u.ExistsIn(year)))
            {
                var roll = random.Next(100);
                if (roll < 2)
                {
                    continue; // no target set for this unit and year
                }

                var expected = admissionsPerYear * unit.Weight / totalWeight;
                var scope = roll < 12 ? TargetScope.AllCells : TargetScope.ResidentialAndVillage;
                var count = roll < 15 ? 0 : (int)Math.Round(expected * (scope == TargetScope.AllCells ? 1.0 : 0.62) * (0.8 + (random.NextDouble() * 0.4)));
                var isDeleted = random.Next(200) == 0;
                plan.Targets.Add(new GeneratedTarget(unit.Id, year, count, scope, isDeleted));
                sum += isDeleted ? 0 : count;
            }

            // The province's plan need not equal the sum of the wards' targets; one year counts all cells.
            plan.Plans.Add(new GeneratedPlan(
                year,
                (int)Math.Round(sum * (0.95 + (random.NextDouble() * 0.1))),
                year == 2022 ? TargetScope.AllCells : TargetScope.ResidentialAndVillage));
        }

        return plan;
    }

    private static void AddCells(Random random, GeneratedUnit unit, ref int cellId)
    {
        var count = random.Next(13, 18);
        var counters = new Dictionary<CellKind, int>();
        for (var i = 0; i < count; i++)
        {
            // At least one cell in scope of a residential target and one outside it.
            var kind = i switch
            {
                0 => unit.Kind == UnitKind.Ward ? CellKind.ResidentialArea : CellKind.Village,
                1 => CellKind.Agency,
                _ => PickKind(random, unit.Kind),
            };
            var n = counters[kind] = counters.GetValueOrDefault(kind) + 1;
            var (name, zone) = kind switch
            {
                CellKind.ResidentialArea => ($"Chi bộ Khu {n}", $"Khu {n}"),
                CellKind.Village => ($"Chi bộ Thôn {n}", $"Thôn {n}"),
                CellKind.Enterprise => ($"Chi bộ Công ty số {n}", (string?)null),
                CellKind.School => ($"Chi bộ Trường số {n}", null),
                CellKind.Agency => ($"Chi bộ Cơ quan số {n}", null),
                _ => ($"Chi bộ ghép số {n}", null),
            };

            // A few cells closed at the end of 2023 (a cell with candidates is closed, never deleted).
            var closed = i > 1 && unit.ValidTo is null && random.Next(60) == 0;
            unit.Cells.Add(new GeneratedCell
            {
                Id = ++cellId,
                WardId = unit.Id,
                Name = name,
                Kind = kind,
                Zone = zone,
                ValidFrom = unit.ValidFrom,
                ValidTo = unit.ValidTo ?? (closed ? new DateOnly(2023, 12, 31) : null),
            });
        }
    }

    private static CellKind PickKind(Random random, UnitKind unitKind)
    {
        var roll = random.Next(100);
        return unitKind == UnitKind.Ward
            ? roll switch
            {
                < 55 => CellKind.ResidentialArea,
                < 60 => CellKind.Village,
                < 75 => CellKind.Enterprise,
                < 87 => CellKind.School,
                < 95 => CellKind.Agency,
                _ => CellKind.Other,
            }
            : roll switch
            {
                < 15 => CellKind.ResidentialArea,
                < 60 => CellKind.Village,
                < 72 => CellKind.Enterprise,
                < 85 => CellKind.School,
                < 95 => CellKind.Agency,
                _ => CellKind.Other,
            };
    }
}
