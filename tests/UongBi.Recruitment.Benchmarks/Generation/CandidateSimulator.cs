using System.Globalization;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Benchmarks.Generation;

/// <summary>
/// Makes candidates by walking each one forward along the admission path from a proposal date up to
/// "today": each step takes a realistic number of days, some candidates leave the path (with a reason fitting
/// the stage), a few are dropped and reinstated, ceremonies cluster on the holiday batches. Stage dates are
/// therefore consistent and never go backwards, every stage is populated, and older cohorts are mostly
/// admitted or official while recent ones are still on the way — the shape the dashboard sees in production.
/// </summary>
internal sealed class CandidateSimulator
{
    private const string Recorder = "generator";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly DateOnly FirstProposal = new(2020, 7, 1);
    private static readonly DateOnly DayZero = new(1900, 1, 1);

    // Chance of leaving the path before reaching the stage (index = stage number).
    private static readonly double[] DropChance = [0, 0, 0.08, 0.05, 0.04, 0.05, 0.02, 0.02, 0.01, 0.01];

    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly OrganisationPlan _organisation;
    private readonly IReadOnlyDictionary<DateOnly, int> _batches;
    private readonly DateOnly[] _batchDates;
    private readonly HashSet<DateOnly> _holidays;
    private readonly Names _names = new();
    private readonly HashSet<long> _citizenIds = [];
    private readonly string?[] _dayText = new string?[80_000];
    private readonly double[] _cumulativeWeight;
    private readonly Func<DateTimeOffset, long> _ticks;
    private int _documentNumber;
    private int _serial;

    public CandidateSimulator(Random random, DateOnly today, OrganisationPlan organisation, IReadOnlyDictionary<DateOnly, int> batches,
        IEnumerable<DateOnly> holidays, Func<DateTimeOffset, long> ticks)
    {
        _random = random;
        _today = today;
        _organisation = organisation;
        _batches = batches;
        _batchDates = [.. batches.Keys.Order()];
        _holidays = [.. holidays];
        _ticks = ticks;
        _cumulativeWeight = new double[organisation.Units.Count];
        var sum = 0.0;
        for (var i = 0; i < organisation.Units.Count; i++)
        {
            sum += organisation.Units[i].IsDeleted ? 0 : organisation.Units[i].Weight;
            _cumulativeWeight[i] = sum;
        }
    }

    /// <summary>Candidates per stage reached (index = stage), dropped and deleted: printed after generation.</summary>
    public long[] StageCounts { get; } = new long[10];
    public long Dropped { get; private set; }
    public long Reinstated { get; private set; }
    public long Deleted { get; private set; }
    public long Transferred { get; private set; }

    /// <summary>Gives the binder every column of one candidate.</summary>
    public void Next(RowBinder row)
    {
        var source = WorkingDayOnOrBefore(FirstProposal.AddDays(_random.Next(_today.DayNumber - FirstProposal.DayNumber + 1)));
        if (source < FirstProposal)
        {
            source = FirstProposal;
        }

        var unit = PickUnit(source);
        var cell = PickCell(unit, source);
        var gender = _random.Next(100) < 48 ? Gender.Female : Gender.Male;
        var category = PickCategory(cell.Kind);
        var birth = source.AddDays(-AgeInDays(category));
        var (name, searchKey, exactKey) = _names.Person(_random, gender);

        // Walk the path.
        var dates = new DateOnly?[10];
        dates[1] = source;
        var stage = 1;
        var current = source;
        DateOnly? droppedOn = null;
        DropReason? dropReason = null;
        DateOnly? lastDroppedOn = null;
        DateOnly? reinstatedOn = null;
        var reinstateAfter = _random.Next(100) < 2 ? _random.Next(1, 8) : 0;
        for (var next = 2; next <= 9; next++)
        {
            if (_random.NextDouble() < DropChance[next])
            {
                // After admission the only way off the path is not being recognised once probation ends.
                var on = stage == 8 ? current.AddMonths(12).AddDays(_random.Next(30, 60)) : current.AddDays(_random.Next(5, 120));
                if (on <= _today)
                {
                    droppedOn = on;
                    dropReason = ReasonAt(stage);
                }

                break;
            }

            if (reinstateAfter == stage && lastDroppedOn is null)
            {
                var dropped = current.AddDays(_random.Next(5, 60));
                var back = dropped.AddDays(_random.Next(10, 90));
                if (dropped > _today)
                {
                    break;
                }

                if (back > _today)
                {
                    droppedOn = dropped;
                    dropReason = ReasonAt(stage);
                    break;
                }

                lastDroppedOn = dropped;
                reinstatedOn = back;
                current = back;
            }

            var date = NextStageDate(next, current);
            if (date > _today)
            {
                break;
            }

            dates[next] = date;
            current = date;
            stage = next;
        }

        // A merger moves everyone still on the way to the successor (the admissions and drops before it stay
        // with the old unit, which is listed in the years it existed): no admission lands in a unit outside its
        // validity, which the service treats as inconsistent data with a slower path of its own.
        if (unit.ValidTo is { } closed && unit.SuccessorId is { } successorId
            && !(dates[8] <= closed || droppedOn <= closed))
        {
            var successor = _organisation.Units[successorId - 1];
            cell = PickCell(successor, closed.AddDays(1), cell.Kind);
            unit = successor;
            Transferred++;
        }

        StageCounts[stage]++;
        Dropped += droppedOn is null ? 0 : 1;
        Reinstated += reinstatedOn is null ? 0 : 1;
        var isDeleted = _random.Next(1000) < 3;
        Deleted += isDeleted ? 1 : 0;

        var zone = cell.Zone ?? $"Khu {_random.Next(1, 8)}";
        var unitWord = unit.Kind == UnitKind.Commune ? "xã" : "phường";
        var workplace = cell.Kind is CellKind.Enterprise or CellKind.School or CellKind.Agency ? cell.Name[7..] : null;
        var lastEvent = new[] { current, droppedOn ?? current }.Max();

        row.Add("FullName", name);
        row.Add("SearchKey", searchKey);
        row.Add("ExactKey", exactKey);
        row.Add("BirthDate", Day(birth));
        row.Add("Gender", (int)gender);
        row.Add("Ethnicity", _random.Next(100) < 95 ? "Kinh" : "Tày");
        row.Add("Religion", _random.Next(100) < 96 ? "Không" : "Phật giáo");
        row.Add("CitizenId", CitizenId(unit.Province, birth, gender));
        row.Add("Phone", string.Create(Invariant, $"09{_random.Next(10_000_000, 99_999_999)}"));
        row.Add("Address", $"{zone}, {unitWord} {unit.Name}");
        row.Add("ResidentialZone", zone);
        row.Add("GeneralEducation", _random.Next(100) < 85 ? (int)GeneralEducation.UpperSecondary : (int)GeneralEducation.LowerSecondary);
        row.Add("ProfessionalEducation", category switch
        {
            Category.Student => "Đang học đại học",
            Category.EnterpriseWorker => _random.Next(2) == 0 ? "Trung cấp nghề" : "Cao đẳng",
            _ => _random.Next(3) == 0 ? "Đại học" : null,
        });
        row.Add("Occupation", category switch
        {
            Category.YouthUnionMember => "Cán bộ Đoàn khu dân cư",
            Category.DemobilisedSoldier => "Quân nhân xuất ngũ",
            Category.YoungEntrepreneur => "Chủ hộ kinh doanh",
            Category.EnterpriseWorker => "Công nhân",
            Category.Student => "Sinh viên",
            _ => cell.Kind == CellKind.School ? "Giáo viên" : "Viên chức",
        });
        row.Add("Workplace", workplace);
        row.Add("IsYouthUnionMember", category is Category.YouthUnionMember or Category.Student || _random.Next(3) == 0 ? 1 : 0);
        row.Add("WardId", unit.Id);
        row.Add("CellId", cell.Id);
        row.Add("Category", (int)category);
        row.Add("BatchId", dates[8] is { } admitted && _batches.TryGetValue(admitted, out var batch) ? batch : null);
        row.Add("Stage", stage);
        row.Add("SourceOn", Day(dates[1]));
        row.Add("SourceRef", Document("-NQ/ĐTN"));
        row.Add("SympathiserOn", Day(dates[2]));
        row.Add("SympathiserRef", dates[2] is null ? null : Document("-NQ/CB"));
        row.Add("DossierOn", Day(dates[3]));
        row.Add("CertificateNumber", dates[3] is null ? null : "CN-NTVĐ " + Document(""));
        row.Add("CertificateOn", Day(dates[3]?.AddDays(-_random.Next(0, 30))));
        row.Add("ApplicationOn", Day(dates[3]?.AddDays(-_random.Next(0, 20))));
        row.Add("PersonalHistoryOn", Day(dates[3]?.AddDays(-_random.Next(0, 20))));
        row.Add("IntroductionOn", Day(dates[3]?.AddDays(-_random.Next(0, 20))));
        row.Add("VerificationOn", Day(dates[4]));
        row.Add("VerificationRef", dates[4] is null ? null : Document("-KL/CB"));
        var cellEligible = _random.Next(9, 40);
        row.Add("CellResolutionOn", Day(dates[5]));
        row.Add("CellResolutionRef", dates[5] is null ? null : Document("-NQ/CB (6-KNĐ)"));
        row.Add("CellVotesEligible", dates[5] is null ? null : cellEligible);
        row.Add("CellVotesFor", dates[5] is null ? null : cellEligible - _random.Next(0, (cellEligible / 4) + 1));
        var committeeEligible = _random.Next(9, 40);
        row.Add("CommitteeReviewOn", Day(dates[6]));
        row.Add("CommitteeReviewRef", dates[6] is null ? null : Document("-NQ/ĐU (8-KNĐ)"));
        row.Add("CommitteeVotesEligible", dates[6] is null ? null : committeeEligible);
        row.Add("CommitteeVotesFor", dates[6] is null ? null : committeeEligible - _random.Next(0, (committeeEligible / 4) + 1));
        row.Add("DecisionOn", Day(dates[7]));
        row.Add("DecisionNumber", dates[7] is null ? null : Document("-QĐ/TU (9-KNĐ)"));
        row.Add("DecisionExtended", dates[7] is not null && _random.Next(50) == 0 ? 1 : 0);
        row.Add("AdmittedOn", Day(dates[8]));
        row.Add("OfficialOn", Day(dates[9]));
        row.Add("OfficialRef", dates[9] is null ? null : Document("-NQ/CB"));
        row.Add("DroppedOn", Day(droppedOn));
        row.Add("DropReason", (int?)dropReason);
        row.Add("DropNote", droppedOn is null ? null : "Theo đề nghị của chi bộ");
        row.Add("LastDroppedOn", Day(lastDroppedOn));
        row.Add("ReinstatedOn", Day(reinstatedOn));
        row.Add("CreatedAt", _ticks(At(source)));
        row.Add("CreatedBy", Recorder);
        row.Add("UpdatedAt", lastEvent > source ? _ticks(At(lastEvent)) : null);
        row.Add("UpdatedBy", lastEvent > source ? Recorder : null);
        row.Add("Version", NewGuid());
        row.Add("IsDeleted", isDeleted ? 1 : 0);
        row.Add("DeletedAt", isDeleted ? _ticks(At(lastEvent)) : null);
        row.Add("DeletedBy", isDeleted ? Recorder : null);
    }

    /// <summary>An app-style concurrency token (SQLite stores EF's Guid as upper-case text).</summary>
    public string NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }

    /// <summary>DateOnly as EF Core stores it in SQLite: ISO text, one string per day reused.</summary>
    public string? Day(DateOnly? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var index = d.DayNumber - DayZero.DayNumber;
        return _dayText[index] ??= d.ToString("yyyy-MM-dd", Invariant);
    }

    private DateOnly NextStageDate(int stage, DateOnly after)
    {
        DateOnly Step(int min, int max) => WorkingDayOnOrAfter(after.AddDays(_random.Next(min, max)));
        return stage switch
        {
            2 => Step(60, 300),
            3 => Step(30, 120),
            4 => Step(20, 60),
            5 => Step(7, 30),
            6 => Step(3, 12),
            7 => Step(5, 40),
            8 => Ceremony(after),
            _ => Step(365 + 3, 365 + 25),
        };
    }

    /// <summary>Most ceremonies are held on a holiday batch date within two months of the decision.</summary>
    private DateOnly Ceremony(DateOnly decision)
    {
        var earliest = decision.AddDays(7);
        if (_random.Next(100) < 70)
        {
            var index = Array.BinarySearch(_batchDates, earliest);
            index = index < 0 ? ~index : index;
            if (index < _batchDates.Length && _batchDates[index] <= decision.AddDays(60))
            {
                return _batchDates[index];
            }
        }

        return WorkingDayOnOrAfter(decision.AddDays(_random.Next(7, 30)));
    }

    private GeneratedUnit PickUnit(DateOnly on)
    {
        while (true)
        {
            var roll = _random.NextDouble() * _cumulativeWeight[^1];
            var index = Array.BinarySearch(_cumulativeWeight, roll);
            var unit = _organisation.Units[index < 0 ? ~index : index];
            if (!unit.IsDeleted && unit.ExistsOn(on))
            {
                return unit;
            }
        }
    }

    private GeneratedCell PickCell(GeneratedUnit unit, DateOnly on, CellKind? preferred = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var cell = unit.Cells[_random.Next(unit.Cells.Count)];
            if (cell.ExistsOn(on) && (preferred is null || cell.Kind == preferred || attempt >= 30))
            {
                return cell;
            }
        }
    }

    private Category PickCategory(CellKind kind)
    {
        var roll = _random.Next(100);
        return kind switch
        {
            CellKind.Enterprise => roll < 85 ? Category.EnterpriseWorker : Category.YouthUnionMember,
            CellKind.School or CellKind.Agency => roll < 70 ? Category.Other : Category.YouthUnionMember,
            _ => roll switch
            {
                < 45 => Category.YouthUnionMember,
                < 65 => Category.DemobilisedSoldier,
                < 85 => Category.YoungEntrepreneur,
                < 95 => Category.Student,
                _ => Category.Other,
            },
        };
    }

    /// <summary>Age at the proposal: 18 to 55, so the statutory 18–60 holds at the cell resolution.</summary>
    private int AgeInDays(Category category)
    {
        var (minYears, maxYears) = category switch
        {
            Category.YouthUnionMember => (18.1, 30.0),
            Category.DemobilisedSoldier => (21.0, 28.0),
            Category.YoungEntrepreneur => (22.0, 35.0),
            Category.EnterpriseWorker => (22.0, 45.0),
            Category.Student => (18.1, 23.0),
            _ => (25.0, 55.0),
        };
        return (int)((minYears + (_random.NextDouble() * (maxYears - minYears))) * 365.25);
    }

    private DropReason ReasonAt(int stage)
    {
        if (_random.Next(200) == 0)
        {
            return DropReason.Deceased;
        }

        DropReason[] reasons = stage switch
        {
            1 => [DropReason.Withdrew, DropReason.MovedAway, DropReason.Other],
            2 => [DropReason.RemovedFromSympathiserList, DropReason.MovedAway, DropReason.Withdrew],
            3 => [DropReason.DocumentsExpired, DropReason.NoLowerSecondary, DropReason.Withdrew],
            4 => [DropReason.VerificationFailed, DropReason.DocumentsExpired],
            5 => [DropReason.CellVoteFailed, DropReason.DocumentsExpired],
            6 => [DropReason.CommitteeRefused],
            7 => [DropReason.SuperiorRefused],
            _ => [DropReason.NotRecognisedAfterProbation],
        };
        return reasons[_random.Next(reasons.Length)];
    }

    /// <summary>CCCD: province code, century-and-gender digit, two-digit birth year, six-digit serial; unique.</summary>
    private string CitizenId(int province, DateOnly birth, Gender gender)
    {
        var centuryGender = (birth.Year >= 2000 ? 2 : 0) + (gender == Gender.Female ? 1 : 0);
        var prefix = (((province * 10L) + centuryGender) * 100) + (birth.Year % 100);
        long id;
        do
        {
            // 7919 is prime to 10^6, so consecutive serials spread over the six digits without repeating.
            id = (prefix * 1_000_000) + (++_serial * 7919L % 1_000_000);
        }
        while (!_citizenIds.Add(id));
        return id.ToString("000000000000", Invariant);
    }

    private string Document(string suffix) => string.Create(Invariant, $"{++_documentNumber}{suffix}");

    private DateOnly WorkingDayOnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    private static DateTimeOffset At(DateOnly on) => new(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
