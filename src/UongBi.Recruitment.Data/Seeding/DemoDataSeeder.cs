using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Data.Seeding;

public enum DemoSeedOutcome
{
    Seeded,
    DatabaseNotEmpty,
}

public sealed record DemoSeedResult(DemoSeedOutcome Outcome, int Wards, int Cells, int Candidates);

/// <summary>
/// The Uông Bí demo data: the city's units as of 2024 with realistic cells, targets and plans for 2024 to the
/// current year, and candidates at every stage whose dates obey the rules. The 2024 figures are exactly the
/// seed article's: Bắc Sơn 15 of 15 by 2 Sept 2024; the city 295 admitted in residential areas and villages
/// against a plan of 289 (102 %); Nguyễn Thị Thanh Mai of Khu 5 admitted on 19 May 2024, the youngest of
/// her cell. Deterministic (fixed random seed); dates of the current year are relative to today, so some
/// deadlines are due and some overdue whenever the demo is created.
/// </summary>
public sealed class DemoDataSeeder(TimeProvider clock)
{
    public const string ArticleCandidateName = "Nguyễn Thị Thanh Mai";
    private const string Recorder = "demo";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Random _random = new(2024);
    private readonly List<Candidate> _candidates = [];
    private readonly HashSet<string> _citizenIds = new(StringComparer.Ordinal);
    private RuleSettings _settings = new();
    private WorkingCalendar _calendar = WorkingCalendar.Empty;
    private DateOnly _today;
    private int _serial;
    private int _documentNumber;

    /// <summary>Seeds an empty database; refuses (changing nothing) when any unit already exists.</summary>
    public async Task<DemoSeedResult> SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Wards.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return new DemoSeedResult(DemoSeedOutcome.DatabaseNotEmpty, 0, 0, 0);
        }

        await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
        _settings = await RulesStore.LoadSettingsAsync(db, cancellationToken);
        _calendar = await RulesStore.LoadCalendarAsync(db, cancellationToken);
        _today = VietnamTime.Today(clock);

        var wards = BuildUnits();
        var years = Enumerable.Range(2024, Math.Max(1, _today.Year - 2024 + 1)).ToArray();
        var batches = BuildBatches(years, wards.Values.Where(w => w.ValidTo is null).ToList());
        db.Wards.AddRange(wards.Values);
        db.Batches.AddRange(batches);
        db.Targets.AddRange(BuildTargets(years, wards));
        db.CityPlans.AddRange(years.Select(y => new CityPlan
        {
            Year = y,
            Count = y == 2024 ? DemoUnits.CityPlan2024 : DemoUnits.CityPlan2024 + (11 * (y - 2024)),
            Scope = TargetScope.ResidentialAndVillage,
        }));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var year in years)
        {
            BuildYear(year, wards, batches);
        }

        BuildPipeline(wards, batches);
        KeepArticleCandidateYoungest();
        db.Candidates.AddRange(_candidates);
        await db.SaveChangesAsync(cancellationToken);
        return new DemoSeedResult(DemoSeedOutcome.Seeded, wards.Count, wards.Values.Sum(w => w.Cells.Count), _candidates.Count);
    }

    private Dictionary<string, Ward> BuildUnits()
    {
        var wards = new Dictionary<string, Ward>(StringComparer.Ordinal);
        foreach (var spec in DemoUnits.Units)
        {
            var prefix = spec.Kind == UnitKind.Commune ? "xã" : "phường";
            var ward = new Ward
            {
                Code = spec.Code,
                Name = spec.Name,
                Kind = spec.Kind,
                PartyCommitteeName = $"Đảng bộ {prefix} {spec.Name}",
            };
            for (var zone = 1; zone <= spec.Zones; zone++)
            {
                ward.Cells.Add(new PartyCell { Name = $"Chi bộ Khu {zone}", Kind = CellKind.ResidentialArea, ResidentialZone = $"Khu {zone}" });
            }

            ward.Cells.AddRange(spec.Villages.Select(v => new PartyCell { Name = $"Chi bộ {v}", Kind = CellKind.Village, ResidentialZone = v }));
            ward.Cells.AddRange(spec.Enterprises.Select(e => new PartyCell { Name = $"Chi bộ {e}", Kind = CellKind.Enterprise }));
            ward.Cells.AddRange(spec.Schools.Select(s => new PartyCell { Name = $"Chi bộ {s}", Kind = CellKind.School }));
            ward.Cells.Add(new PartyCell { Name = $"Chi bộ Cơ quan UBND {prefix} {spec.Name}", Kind = CellKind.Agency });
            wards[spec.Code] = ward;
        }

        // A real succession: Điền Công commune merged into Trưng Vương ward on 1 Jan 2020.
        wards["DC"] = new Ward
        {
            Code = "DC",
            Name = "Điền Công",
            Kind = UnitKind.Commune,
            PartyCommitteeName = "Đảng bộ xã Điền Công",
            ValidTo = new DateOnly(2019, 12, 31),
            Successor = wards["TV"],
        };
        return wards;
    }

    private static List<AdmissionBatch> BuildBatches(int[] years, List<Ward> wards)
    {
        (int Month, int Day, string Name)[] holidays =
        [
            (2, 3, "Kỷ niệm Ngày thành lập Đảng 3/2"),
            (5, 19, "Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5"),
            (9, 2, "Quốc khánh 2/9"),
            (11, 7, "Kỷ niệm Cách mạng Tháng Mười 7/11"),
            (12, 22, "Ngày thành lập Quân đội nhân dân 22/12"),
        ];
        return [.. years.SelectMany(y => holidays.Select(h => new AdmissionBatch
        {
            Name = $"Đợt {h.Name} năm {y}",
            Date = new DateOnly(y, h.Month, h.Day),
            Wards = wards,
        }))];
    }

    private IEnumerable<AdmissionTarget> BuildTargets(int[] years, Dictionary<string, Ward> wards)
    {
        foreach (var spec in DemoUnits.Units)
        {
            foreach (var year in years)
            {
                yield return new AdmissionTarget
                {
                    Ward = wards[spec.Code],
                    Year = year,
                    Count = year == 2024 ? spec.Target2024 : spec.Target2024 + _random.Next(-1, 4),
                    Scope = TargetScope.ResidentialAndVillage,
                };
            }
        }
    }

    private void BuildYear(int year, Dictionary<string, Ward> wards, List<AdmissionBatch> batches)
    {
        var yearBatches = batches.Where(b => b.Date.Year == year && b.Date <= _today).OrderBy(b => b.Date).ToList();
        if (yearBatches.Count == 0)
        {
            return;
        }

        foreach (var spec in DemoUnits.Units)
        {
            var ward = wards[spec.Code];
            var residential = ward.Cells.Where(c => c.Kind.IsResidentialOrVillage()).ToList();
            var others = ward.Cells.Where(c => !c.Kind.IsResidentialOrVillage()).ToList();
            var count = year == 2024
                ? spec.Admitted2024
                : (int)Math.Round(spec.Target2024 * (0.9 + (_random.NextDouble() * 0.2)) * yearBatches.Count / 5.0);

            // Bắc Sơn reached its 2024 target by 2 Sept 2024 and admitted no one else in residential cells that year.
            var eligibleBatches = year == 2024 && spec.Code == "BS"
                ? yearBatches.Where(b => b.Date <= new DateOnly(2024, 9, 2)).ToList()
                : yearBatches;

            for (var i = 0; i < count; i++)
            {
                var batch = eligibleBatches[i % eligibleBatches.Count];
                var cell = residential[_random.Next(residential.Count)];
                if (year == 2024 && spec.Code == "BS" && i == 0)
                {
                    _candidates.Add(ArticleCandidate(ward, batches));
                    continue;
                }

                _candidates.Add(Admitted(ward, cell, batch));
            }

            var nonResidential = _random.Next(2, 6) * yearBatches.Count / 5;
            for (var i = 0; i < nonResidential; i++)
            {
                _candidates.Add(Admitted(ward, others[_random.Next(others.Count)], yearBatches[_random.Next(yearBatches.Count)]));
            }
        }
    }

    private Candidate ArticleCandidate(Ward ward, List<AdmissionBatch> batches)
    {
        var cell = ward.Cells.Single(c => c.ResidentialZone == "Khu 5");
        var batch = batches.Single(b => b.Date == new DateOnly(2024, 5, 19));
        var mai = Admitted(ward, cell, batch, Gender.Female, Category.YouthUnionMember);
        mai.FullName = ArticleCandidateName;
        mai.BirthDate = new DateOnly(2005, 8, 16);
        mai.CitizenId = NewCitizenId(mai.BirthDate, Gender.Female);
        mai.IsYouthUnionMember = true;
        mai.YouthUnionPosition = "Bí thư Chi đoàn Khu 5";
        mai.GeneralEducation = GeneralEducation.UpperSecondary;
        mai.Occupation = "Nhân viên văn phòng";
        mai.Address = "Khu 5, phường Bắc Sơn, thành phố Uông Bí, tỉnh Quảng Ninh";
        return mai;
    }

    /// <summary>A candidate admitted at the batch's ceremony, every earlier stage dated backwards within the rules.</summary>
    private Candidate Admitted(Ward ward, PartyCell cell, AdmissionBatch batch, Gender? gender = null, Category? category = null)
    {
        var admitted = batch.Date;
        var decision = PreviousWorkingDay(admitted.AddDays(-_random.Next(7, 30)));
        var candidate = NewCandidate(ward, cell, gender, category, Stage.CellResolution, PreviousWorkingDay(decision.AddDays(-_random.Next(15, 40))));
        candidate.BatchId = batch.Id;
        var committee = PreviousWorkingDay(decision.AddDays(-_random.Next(5, 12)));
        var resolution = candidate.CellResolutionOn!.Value;
        Advance(candidate, Stage.CommitteeReview, committee < resolution ? resolution : committee);
        Advance(candidate, Stage.Decision, decision);
        Advance(candidate, Stage.Probationary, admitted);

        var probationEnds = admitted.AddMonths(_settings.ProbationMonths);
        var recognitionDue = _calendar.AddWorkingDays(probationEnds, _settings.RecognitionWorkingDays);
        var recognised = PreviousWorkingDay(probationEnds.AddDays(_random.Next(3, 25)));

        // Most recent probationers whose deadline has passed are left unrecognised: an overdue item to act on.
        var leaveOverdue = recognitionDue < _today && recognitionDue > _today.AddDays(-60) && _random.Next(3) == 0;
        if (recognised <= _today && recognised >= probationEnds && !leaveOverdue)
        {
            Advance(candidate, Stage.Official, recognised);
        }

        return candidate;
    }

    /// <summary>
    /// A new candidate who reached <paramref name="upTo"/> on <paramref name="anchor"/>, every earlier stage dated
    /// backwards from it, with dossier documents and helpers dated consistently.
    /// </summary>
    private Candidate NewCandidate(Ward ward, PartyCell cell, Gender? gender, Category? category, Stage upTo, DateOnly anchor)
    {
        var resolution = anchor;
        var verification = upTo == Stage.Verification ? anchor : PreviousWorkingDay(resolution.AddDays(-_random.Next(7, 30)));
        var dossier = upTo == Stage.Dossier ? anchor : PreviousWorkingDay(verification.AddDays(-_random.Next(20, 60)));
        var sympathiser = upTo == Stage.Sympathiser ? anchor : PreviousWorkingDay(dossier.AddDays(-_random.Next(30, 120)));
        var source = upTo == Stage.Source ? anchor : PreviousWorkingDay(sympathiser.AddDays(-_random.Next(60, 300)));

        var theGender = gender ?? (_random.Next(100) < 48 ? Gender.Female : Gender.Male);
        var theCategory = category ?? PickCategory(cell.Kind);
        var birth = anchor.AddDays(-AgeInDays(theCategory));
        var candidate = new Candidate
        {
            FullName = NextName(theGender),
            CitizenId = NewCitizenId(birth, theGender),
            BirthDate = birth,
            Gender = theGender,
            Ethnicity = _random.Next(100) < 95 ? "Kinh" : "Tày",
            Religion = _random.Next(100) < 96 ? "Không" : "Phật giáo",
            Phone = "09" + _random.Next(10_000_000, 99_999_999).ToString(Invariant),
            ResidentialZone = cell.ResidentialZone ?? $"Khu {_random.Next(1, 8)}",
            GeneralEducation = _random.Next(100) < 85 ? GeneralEducation.UpperSecondary : GeneralEducation.LowerSecondary,
            ProfessionalEducation = theCategory switch
            {
                Category.Student => "Đang học đại học",
                Category.EnterpriseWorker => _random.Next(2) == 0 ? "Trung cấp nghề" : "Cao đẳng",
                _ => _random.Next(3) == 0 ? "Đại học" : null,
            },
            Occupation = theCategory switch
            {
                Category.YouthUnionMember => "Cán bộ Đoàn khu dân cư",
                Category.DemobilisedSoldier => "Quân nhân xuất ngũ",
                Category.YoungEntrepreneur => "Chủ hộ kinh doanh",
                Category.EnterpriseWorker => "Công nhân",
                Category.Student => "Sinh viên",
                _ => cell.Kind == CellKind.School ? "Giáo viên" : "Viên chức",
            },
            Workplace = cell.Kind is CellKind.Enterprise or CellKind.School or CellKind.Agency ? cell.Name.Replace("Chi bộ ", "", StringComparison.Ordinal) : null,
            IsYouthUnionMember = theCategory is Category.YouthUnionMember or Category.Student || _random.Next(3) == 0,
            Ward = ward,
            Cell = cell,
            Category = theCategory,
            SourceOn = source,
            SourceRef = $"{NextNumber()}-NQ/ĐTN",
        };
        candidate.Address = $"{candidate.ResidentialZone}, {(ward.Kind == UnitKind.Commune ? "xã" : "phường")} {ward.Name}, thành phố Uông Bí";
        candidate.StageChanges.Add(new StageChange
        {
            Kind = StageChangeKind.Created,
            ToStage = Stage.Source,
            On = source,
            DocumentRef = candidate.SourceRef,
            RecordedAt = RecordedAt(source),
            RecordedBy = Recorder,
        });

        if (upTo >= Stage.Sympathiser)
        {
            AddHelpers(candidate, sympathiser.AddDays(-_random.Next(0, 14)));
        }
        var steps = new (Stage Stage, DateOnly On)[]
        {
            (Stage.Sympathiser, sympathiser),
            (Stage.Dossier, dossier),
            (Stage.Verification, verification),
            (Stage.CellResolution, resolution),
        };
        foreach (var (stage, on) in steps.Where(s => s.Stage <= upTo))
        {
            if (stage == Stage.Dossier)
            {
                candidate.CertificateNumber = $"CN-NTVĐ {NextNumber()}";
                candidate.CertificateOn = sympathiser.AddDays(_random.Next(0, Math.Max(1, dossier.DayNumber - sympathiser.DayNumber)));
                candidate.ApplicationOn = dossier.AddDays(-_random.Next(0, 20));
                candidate.PersonalHistoryOn = dossier.AddDays(-_random.Next(0, 20));
                candidate.IntroductionOn = dossier.AddDays(-_random.Next(0, 20));
            }

            Advance(candidate, stage, on);
        }

        return candidate;
    }

    private void BuildPipeline(Dictionary<string, Ward> wards, List<AdmissionBatch> batches)
    {
        var nextBatch = batches.Where(b => b.Date > _today).OrderBy(b => b.Date).FirstOrDefault();
        (Stage Stage, int Min, int Max)[] mix =
        [
            (Stage.Source, 4, 8), (Stage.Sympathiser, 3, 6), (Stage.Dossier, 2, 4), (Stage.Verification, 1, 3),
            (Stage.CellResolution, 1, 3), (Stage.CommitteeReview, 1, 2), (Stage.Decision, 0, 2),
        ];
        foreach (var spec in DemoUnits.Units)
        {
            var ward = wards[spec.Code];
            foreach (var (stage, min, max) in mix)
            {
                var count = _random.Next(min, max + 1);
                for (var i = 0; i < count; i++)
                {
                    var cell = ward.Cells[_random.Next(ward.Cells.Count)];
                    var candidate = Pipeline(ward, cell, stage, overdue: i == 0 && _random.Next(3) == 0);
                    if (candidate.Stage >= Stage.CellResolution && nextBatch is not null)
                    {
                        candidate.BatchId = nextBatch.Id;
                    }

                    _candidates.Add(candidate);
                }
            }

            // Candidates who left the path, with their reasons.
            for (var i = 0; i < _random.Next(1, 3); i++)
            {
                var cell = ward.Cells[_random.Next(ward.Cells.Count)];
                var candidate = Pipeline(ward, cell, (Stage)_random.Next(1, 5), overdue: false);
                var reasons = new[] { DropReason.MovedAway, DropReason.Withdrew, DropReason.VerificationFailed, DropReason.RemovedFromSympathiserList };
                var reason = reasons[_random.Next(reasons.Length)];
                var on = candidate.DateOf(candidate.Stage)!.Value.AddDays(_random.Next(5, 40));
                AdmissionPath.Drop(candidate, on > _today ? _today : on, reason, "Theo đề nghị của chi bộ", new Recorder(Recorder, RecordedAt(on)));
                _candidates.Add(candidate);
            }
        }
    }

    /// <summary>A candidate of the current year standing at <paramref name="stage"/> today.</summary>
    private Candidate Pipeline(Ward ward, PartyCell cell, Stage stage, bool overdue)
    {
        // Reached the stage some days ago; "overdue" ones reached it long enough ago to miss its deadline.
        var daysAgo = stage switch
        {
            Stage.CellResolution or Stage.CommitteeReview when overdue => _random.Next(100, 130),
            Stage.Decision when overdue => _random.Next(50, 70),
            Stage.Dossier or Stage.Verification when overdue => _random.Next(330, 350),
            _ => _random.Next(5, 40),
        };
        var stageOn = PreviousWorkingDay(_today.AddDays(-daysAgo));
        if (stage <= Stage.CellResolution)
        {
            return NewCandidate(ward, cell, null, null, stage, stageOn);
        }

        var resolution = PreviousWorkingDay(stageOn.AddDays(-_random.Next(10, 25)));
        var candidate = NewCandidate(ward, cell, null, null, Stage.CellResolution, resolution);
        var committee = stage == Stage.CommitteeReview ? stageOn : PreviousWorkingDay(resolution.AddDays(_random.Next(3, 8)));
        Advance(candidate, Stage.CommitteeReview, committee < resolution ? resolution : committee);
        if (stage == Stage.Decision)
        {
            var decision = stageOn < candidate.CommitteeReviewOn!.Value ? candidate.CommitteeReviewOn.Value : stageOn;
            Advance(candidate, Stage.Decision, decision);
        }

        return candidate;
    }

    private void Advance(Candidate candidate, Stage stage, DateOnly on)
    {
        int? votesFor = null;
        int? eligible = null;
        if (stage is Stage.CellResolution or Stage.CommitteeReview)
        {
            eligible = _random.Next(9, 40);
            votesFor = eligible - _random.Next(0, (eligible.Value / 4) + 1);
        }

        var document = stage switch
        {
            Stage.Sympathiser => $"{NextNumber()}-NQ/CB",
            Stage.Verification => $"{NextNumber()}-KL/CB",
            Stage.CellResolution => $"{NextNumber()}-NQ/CB (6-KNĐ)",
            Stage.CommitteeReview => $"{NextNumber()}-NQ/ĐU (8-KNĐ)",
            Stage.Decision => $"{NextNumber()}-QĐ/TU (9-KNĐ)",
            Stage.Official => $"{NextNumber()}-NQ/CB",
            _ => null,
        };
        var check = AdmissionPath.Advance(
            candidate,
            new AdvanceRequest(stage, on, document, VotesFor: votesFor, VotesEligible: eligible),
            _settings,
            _calendar,
            new Recorder(Recorder, RecordedAt(_today)));
        if (!check.Allowed)
        {
            // The generator must obey the rules it demonstrates; a refusal is a bug in the generator.
            throw new InvalidOperationException(
                $"Demo data broke a rule entering {stage} on {on:O}: {string.Join(", ", check.Errors.Select(e => e.Code))}");
        }

        candidate.StageChanges[^1].RecordedAt = RecordedAt(on);
    }

    private void AddHelpers(Candidate candidate, DateOnly assignedOn)
    {
        for (var i = 0; i < _settings.RequiredHelpers; i++)
        {
            candidate.Helpers.Add(new CandidateHelper
            {
                FullName = DemoNames.HelperNames[_random.Next(DemoNames.HelperNames.Length)],
                PartyCardNumber = _random.Next(10_000_000, 99_999_999).ToString(Invariant),
                AssignedOn = assignedOn,
            });
        }
    }

    /// <summary>Nguyễn Thị Thanh Mai is the youngest member of her cell: anyone else there was born earlier.</summary>
    private void KeepArticleCandidateYoungest()
    {
        var mai = _candidates.Single(c => c.FullName == ArticleCandidateName);
        foreach (var other in _candidates.Where(c => c.Cell == mai.Cell && c != mai && c.BirthDate >= mai.BirthDate))
        {
            other.BirthDate = mai.BirthDate.AddYears(-2 - _random.Next(0, 8));
        }
    }

    private string NextName(Gender gender)
    {
        string name;
        do
        {
            name = DemoNames.Next(_random, gender);
        }
        while (name == ArticleCandidateName);
        return name;
    }

    private int AgeInDays(Category category)
    {
        var (minYears, maxYears) = category switch
        {
            Category.YouthUnionMember => (18.3, 30.0),
            Category.DemobilisedSoldier => (21.0, 28.0),
            Category.YoungEntrepreneur => (22.0, 35.0),
            Category.EnterpriseWorker => (22.0, 45.0),
            Category.Student => (18.3, 23.0),
            _ => (25.0, 50.0),
        };
        return (int)((minYears + (_random.NextDouble() * (maxYears - minYears))) * 365.25);
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

    /// <summary>CCCD: province code 022 (Quảng Ninh), century-and-gender digit, two-digit birth year, serial.</summary>
    private string NewCitizenId(DateOnly birth, Gender gender)
    {
        var centuryGender = (birth.Year >= 2000 ? 2 : 0) + (gender == Gender.Female ? 1 : 0);
        string id;
        do
        {
            id = string.Create(Invariant, $"022{centuryGender}{birth.Year % 100:00}{++_serial * 7919 % 1_000_000:000000}");
        }
        while (!_citizenIds.Add(id));
        return id;
    }

    private int NextNumber() => ++_documentNumber;

    private DateOnly PreviousWorkingDay(DateOnly day)
    {
        while (!_calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static DateTimeOffset RecordedAt(DateOnly on) =>
        new(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
