using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Web.Features.Dashboard;

/// <summary>
/// One unit's admissions and pipeline, counted by cell kind so that any target scope can be read off afterwards.
/// Rows are added as they stream from the database: no per-row objects survive, whatever the number of units.
/// </summary>
internal sealed class ProgressTally
{
    private static readonly CellKind[] Kinds = Enum.GetValues<CellKind>();
    private static readonly Category[] Categories = Enum.GetValues<Category>();
    private static readonly Gender[] Genders = Enum.GetValues<Gender>();
    private static readonly Stage[] Stages = [.. Enum.GetValues<Stage>().Where(s => s < Stage.Probationary)];

    private readonly int[,] _admitted = new int[Kinds.Length, Categories.Length];
    private readonly int[,] _months = new int[Kinds.Length, 12];
    private readonly int[,] _genders = new int[Kinds.Length, Genders.Length];
    private readonly long[] _ageMonths = new long[Kinds.Length];
    private readonly int[] _under30 = new int[Kinds.Length];
    private readonly int[,] _stages = new int[Kinds.Length, Stages.Length];

    public void AddAdmission(CellKind kind, Category category, int month, Gender gender, int ageInMonths)
    {
        var k = KindIndex(kind);
        _admitted[k, Index(Categories, category, Category.Other)]++;
        _months[k, month - 1]++;
        if (Array.IndexOf(Genders, gender) is var g and >= 0)
        {
            _genders[k, g]++;
        }

        _ageMonths[k] += ageInMonths;
        if (ageInMonths < 360)
        {
            _under30[k]++;
        }
    }

    public void AddStage(CellKind kind, Stage stage, int count)
    {
        if (Array.IndexOf(Stages, stage) is var s and >= 0)
        {
            _stages[KindIndex(kind), s] += count;
        }
    }

    public static ProgressTally Sum(IEnumerable<ProgressTally> tallies)
    {
        var sum = new ProgressTally();
        foreach (var t in tallies)
        {
            AddInto(sum._admitted, t._admitted);
            AddInto(sum._months, t._months);
            AddInto(sum._genders, t._genders);
            AddInto(sum._stages, t._stages);
            for (var k = 0; k < Kinds.Length; k++)
            {
                sum._ageMonths[k] += t._ageMonths[k];
                sum._under30[k] += t._under30[k];
            }
        }

        return sum;
    }

    public int Admitted(Func<CellKind, bool> counts) => SumOver(counts, k => Row(_admitted, k));

    public int Admitted(TargetScope scope) => Admitted(k => scope.Counts(k));

    public int Admitted(TargetScope scope, Category category) =>
        SumOver(k => scope.Counts(k), k => _admitted[k, Index(Categories, category, Category.Other)]);

    public int AdmittedIn(CellKind kind) => Row(_admitted, KindIndex(kind));

    public int Month(TargetScope scope, int month) => SumOver(k => scope.Counts(k), k => _months[k, month - 1]);

    public int Admitted(TargetScope scope, Gender gender) =>
        Array.IndexOf(Genders, gender) is var g and >= 0 ? SumOver(k => scope.Counts(k), k => _genders[k, g]) : 0;

    public long AgeMonths(TargetScope scope) => SumLong(k => scope.Counts(k), k => _ageMonths[k]);

    public int Under30(TargetScope scope) => SumOver(k => scope.Counts(k), k => _under30[k]);

    public int AtStage(TargetScope scope, Stage stage) =>
        Array.IndexOf(Stages, stage) is var s and >= 0 ? SumOver(k => scope.Counts(k), k => _stages[k, s]) : 0;

    private static int KindIndex(CellKind kind) => Index(Kinds, kind, CellKind.Other);

    /// <summary>A value's slot; a value unknown to this build counts as "other" rather than failing the page.</summary>
    private static int Index<T>(T[] values, T value, T other) =>
        Array.IndexOf(values, value) is var i and >= 0 ? i : Array.IndexOf(values, other);

    private static int SumOver(Func<CellKind, bool> counts, Func<int, int> value)
    {
        var total = 0;
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (counts(Kinds[k]))
            {
                total += value(k);
            }
        }

        return total;
    }

    private static long SumLong(Func<CellKind, bool> counts, Func<int, long> value)
    {
        var total = 0L;
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (counts(Kinds[k]))
            {
                total += value(k);
            }
        }

        return total;
    }

    private static int Row(int[,] table, int k)
    {
        var total = 0;
        for (var c = 0; c < table.GetLength(1); c++)
        {
            total += table[k, c];
        }

        return total;
    }

    private static void AddInto(int[,] target, int[,] source)
    {
        for (var i = 0; i < target.GetLength(0); i++)
        {
            for (var j = 0; j < target.GetLength(1); j++)
            {
                target[i, j] += source[i, j];
            }
        }
    }
}
