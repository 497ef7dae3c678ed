// offshoring/data/shipped_csv.hpp: data/figures.csv as text, written by scripts/embed-figures; do not edit.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace offshoring::data {

namespace detail {
// The literal operator is handed the length: std::string_view from a pointer would count the
// characters one by one in the constant evaluation of every translation unit that includes this.
using std::string_view_literals::operator""sv;
inline constexpr std::string_view shipped_csv_text =
    R"csv(id,source,measure,scope,period,printed,unit,of,quote
total_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,total,2024,"26,2 milliards de dirhams",,,"En 2024, les exportations ont atteint 26,2 milliards de dirhams"
total_usd_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,total,2024,"près de 2,8 milliards de dollars",,,"(près de 2,8 milliards de dollars)"
growth_2024_000,seeds/000_c4b54ad8dda15ae4.txt,growth,total,2024,"0,2 %",,,"soit une légère hausse de 0,2 % par rapport à 2023"
total_h1_2025_000,seeds/000_c4b54ad8dda15ae4.txt,exports,total,2025-H1,"13,4 milliards de dirhams",,,"La tendance s’est confirmée au premier semestre 2025, avec 13,4 milliards de dirhams enregistrés"
growth_h1_2025_000,seeds/000_c4b54ad8dda15ae4.txt,growth,total,2025-H1,"3,5 %",,,"soit une progression de 3,5 % sur un an"
share_ito_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,ITO,2024,"40,3 %",,,"les services informatiques et technologiques dominent le paysage, représentant 40,3 % des exportations"
share_crm_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,CRM,2024,"37,4 %",,,"suivis de la gestion de la relation client (37,4 %)"
share_ito_crm_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,ITO+CRM,2024,près de 80 %,,,"Ensemble, ces deux activités pèsent près de 80 % du total"
share_eso_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,ESO,2024,"13,2 %",,,"L’ingénierie arrive en troisième position (13,2 %)"
share_bpo_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,BPO,2024,"8,9 %",,,"le BPO (externalisation des processus d’entreprise) représente 8,9 %"
share_kpo_2024_000,seeds/000_c4b54ad8dda15ae4.txt,share,KPO,2024,"0,2 %",,,"Le KPO (externalisation des processus de connaissance), plus spécialisé, reste encore marginal avec 0,2 %"
eso_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,ESO,2024,"3,4 milliards de dirhams",,,"Les services d’ingénierie ont généré 3,4 milliards de dirhams en 2024"
eso_2023_000,seeds/000_c4b54ad8dda15ae4.txt,exports,ESO,2023,"3,2 milliards",,,"contre 3,2 milliards un an plus tôt"
eso_h1_2025_000,seeds/000_c4b54ad8dda15ae4.txt,exports,ESO,2025-H1,"déjà 2,5 milliards",,,"le premier semestre 2025 affiche déjà 2,5 milliards"
bpo_2023_000,seeds/000_c4b54ad8dda15ae4.txt,exports,BPO,2023,"1,9",milliards,,"Le BPO a suivi la même trajectoire, passant de 1,9 à 2,3 milliards entre 2023 et 2024"
bpo_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,BPO,2024,"2,3 milliards",,,"Le BPO a suivi la même trajectoire, passant de 1,9 à 2,3 milliards entre 2023 et 2024"
kpo_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,KPO,2024,48 millions de dirhams,,,"Seul le KPO marque un recul notable, tombant à 48 millions de dirhams"
jobs_2023_000,seeds/000_c4b54ad8dda15ae4.txt,jobs,total,2023,141 000 emplois,,,le secteur comptait 141 000 emplois en 2023
jobs_2020_000,seeds/000_c4b54ad8dda15ae4.txt,jobs,total,2020,100 000,,,contre 100 000 en 2020
total_2024_more_than_001,seeds/001_0d1a8e257704311e.txt,exports,total,2024,plus de 26 milliards de dirhams,,,"En 2024, le Maroc a exporté pour plus de 26 milliards de dirhams de services numériques"
total_2024_001,seeds/001_0d1a8e257704311e.txt,exports,total,2024,"26,2 milliards de dirhams",,,"les exportations marocaines issues du numérique et de l’externalisation ont atteint 26,2 milliards de dirhams"
total_usd_2024_001,seeds/001_0d1a8e257704311e.txt,exports,total,2024,"l’équivalent de 2,8 milliards de dollars",,,"soit l’équivalent de 2,8 milliards de dollars"
growth_2024_001,seeds/001_0d1a8e257704311e.txt,growth,total,2024,"0,2%",,,"Une hausse symbolique de 0,2% par rapport à 2023"
total_h1_2025_001,seeds/001_0d1a8e257704311e.txt,exports,total,2025-H1,"13,4 milliards de dirhams",,,"Les chiffres du premier semestre 2025 confirment d’ailleurs cette dynamique : 13,4 milliards de dirhams exportés"
growth_h1_2025_001,seeds/001_0d1a8e257704311e.txt,growth,total,2025-H1,"3,5%",,,"soit 3,5% de plus qu’un an plus tôt"
jobs_2025_more_than_001,seeds/001_0d1a8e257704311e.txt,jobs,total,2025,plus de 140.000,,,Le secteur emploie aujourd’hui plus de 140.000 personnes directement ou indirectement
share_kpo_2024_001,seeds/001_0d1a8e257704311e.txt,share,KPO,2024,"0,2%",,,"Le Knowledge Process Outsourcing (KPO) [...] reste marginal : 0,2% seulement des exportations"
total_h1_2025_002,seeds/002_cf5e91aac26c2e4b.txt,exports,total,2025-H1,"13,4 milliards de dirhams",,,"les exportations ont atteint 13,4 milliards de dirhams à fin juin 2025"
growth_h1_2025_002,seeds/002_cf5e91aac26c2e4b.txt,growth,total,2025-H1,"3,5 %",,,"en hausse de 3,5 % par rapport à la même période de 2024"
total_h1_2024_002,seeds/002_cf5e91aac26c2e4b.txt,exports,total,2024-H1,"12,9 Mds DH",,,"par rapport à la même période de 2024 (12,9 Mds DH)"
total_2024_002,seeds/002_cf5e91aac26c2e4b.txt,exports,total,2024,"26,2 milliards de dirhams",,,"le total des exportations s’était établi à 26,2 milliards de dirhams"
growth_2024_002,seeds/002_cf5e91aac26c2e4b.txt,growth,total,2024,"0,2 %",,,"soit une quasi-stagnation (+0,2 %) par rapport à 2023"
share_ito_2024_002,seeds/002_cf5e91aac26c2e4b.txt,share,ITO,2024,"40,3 %",,,"l’externalisation des services informatiques (ITO) représentait 40,3 % des exportations du secteur"
ito_2024_002,seeds/002_cf5e91aac26c2e4b.txt,exports,ITO,2024,"10,6 Mds DH",,,"représentait 40,3 % des exportations du secteur (10,6 Mds DH)"
share_crm_2024_002,seeds/002_cf5e91aac26c2e4b.txt,share,CRM,2024,"37,4 %",,,"suivie par la gestion de la relation client (CRM) avec 37,4 %"
crm_2024_002,seeds/002_cf5e91aac26c2e4b.txt,exports,CRM,2024,"9,8 Mds DH",,,"la gestion de la relation client (CRM) avec 37,4 % (9,8 Mds DH)"
share_eso_2024_002,seeds/002_cf5e91aac26c2e4b.txt,share,ESO,2024,"13,2 %",,,"l’ingénierie (ESO) et les processus d’affaires (BPO), comptaient respectivement pour 13,2 % et 8,9 %"
share_bpo_2024_002,seeds/002_cf5e91aac26c2e4b.txt,share,BPO,2024,"8,9 %",,,"l’ingénierie (ESO) et les processus d’affaires (BPO), comptaient respectivement pour 13,2 % et 8,9 %"
share_kpo_2024_002,seeds/002_cf5e91aac26c2e4b.txt,share,KPO,2024,"0,2 %",,,"les processus de connaissance (KPO) restaient marginaux (0,2 %)"
ito_h1_2025_002,seeds/002_cf5e91aac26c2e4b.txt,exports,ITO,2025-H1,"5,25 Mds DH",,,"l’ITO conserve la première place (5,25 Mds DH)"
crm_h1_2025_002,seeds/002_cf5e91aac26c2e4b.txt,exports,CRM,2025-H1,"4,19 Mds DH",,,"devant le CRM (4,19 Mds DH)"
eso_h1_2025_002,seeds/002_cf5e91aac26c2e4b.txt,exports,ESO,2025-H1,"2,58 Mds DH",,,"le secteur de l’ingénierie (ESO) [...] ses recettes ayant bondi à 2,58 Mds DH"
eso_h1_2025_of_2024_002,seeds/002_cf5e91aac26c2e4b.txt,ratio,ESO,2025-H1,déjà près de 75 %,,exports/ESO/2024,soit déjà près de 75 % du total réalisé sur toute l’année 2024
total_2024_003,seeds/003_55f1d82c4a067cd4.txt,exports,total,2024,"26,22 milliards de dirhams",,,"En 2024, le secteur marocain de l’outsourcing et des services numériques a généré 26,22 milliards de dirhams d’exportations"
jobs_2024_003,seeds/003_55f1d82c4a067cd4.txt,jobs,total,2024,près de 148 500 emplois,,,avec près de 148 500 emplois stables
jobs_created_2023_2024_003,seeds/003_55f1d82c4a067cd4.txt,jobs_created,total,2023/2024,18 500,,,dont 18 500 créés en deux ans
total_h1_2025_003,seeds/003_55f1d82c4a067cd4.txt,exports,total,2025-H1,"13,4 milliards de dirhams",,,"Le premier semestre 2025 a montré une dynamique renforcée : les exportations ont atteint 13,4 milliards de dirhams"
growth_h1_2025_003,seeds/003_55f1d82c4a067cd4.txt,growth,total,2025-H1,"3,5 %",,,"en hausse de 3,5 %"
target_amount_2030_003,seeds/003_55f1d82c4a067cd4.txt,target_exports,total,2030,40 milliards de dirhams,,,La feuille de route ambitionne 40 milliards de dirhams d’exportations et 270 000 emplois qualifiés d’ici 2030
target_jobs_2030_003,seeds/003_55f1d82c4a067cd4.txt,target_jobs,total,2030,270 000 emplois,,,La feuille de route ambitionne 40 milliards de dirhams d’exportations et 270 000 emplois qualifiés d’ici 2030
total_2024_004,seeds/004_08586f857cbdcf66.txt,exports,total,2024,"26,22 milliards de dirhams",,,"Avec 26,22 milliards de dirhams d’exportations de services et 148.500 emplois à fin 2024"
jobs_2024_004,seeds/004_08586f857cbdcf66.txt,jobs,total,2024,148.500 emplois,,,"Avec 26,22 milliards de dirhams d’exportations de services et 148.500 emplois à fin 2024"
target_amount_2030_004,seeds/004_08586f857cbdcf66.txt,target_exports,total,2030,40 milliards de dirhams,,,porter ces revenus à 40 milliards de dirhams et créer 270.000 emplois d’ici la fin de la décennie
target_jobs_2030_004,seeds/004_08586f857cbdcf66.txt,target_jobs,total,2030,270.000 emplois,,,porter ces revenus à 40 milliards de dirhams et créer 270.000 emplois d’ici la fin de la décennie
)csv"sv;
}  // namespace detail

// The published figures of the five source articles, in the CSV schema of docs/data.md.
inline constexpr std::string_view shipped_csv = detail::shipped_csv_text;

}  // namespace offshoring::data
