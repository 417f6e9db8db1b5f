-- V2: reference data for Stancewatch.
-- UN regional groups, the 193 UN member states and 2 observer states, and selected blocs.
-- Names are the short English names used by the UN. Member-state rows are grouped by regional group
-- and sorted by ISO 3166-1 alpha-3 code. Taiwan and Kosovo are not UN member or observer states and
-- appear nowhere in this file.

INSERT INTO regional_group (code, name) VALUES
  ('AFRICAN', 'African Group'),
  ('ASIA_PACIFIC', 'Asia-Pacific Group'),
  ('EASTERN_EUROPEAN', 'Eastern European Group'),
  ('GRULAC', 'Latin American and Caribbean Group'),
  ('WEOG', 'Western European and Others Group');

-- AFRICAN: 54 member states

INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('AGO', 'AO', 'Angola', 'AFRICAN', 'MEMBER'),
  ('BDI', 'BI', 'Burundi', 'AFRICAN', 'MEMBER'),
  ('BEN', 'BJ', 'Benin', 'AFRICAN', 'MEMBER'),
  ('BFA', 'BF', 'Burkina Faso', 'AFRICAN', 'MEMBER'),
  ('BWA', 'BW', 'Botswana', 'AFRICAN', 'MEMBER'),
  ('CAF', 'CF', 'Central African Republic', 'AFRICAN', 'MEMBER'),
  ('CIV', 'CI', 'Côte d''Ivoire', 'AFRICAN', 'MEMBER'),
  ('CMR', 'CM', 'Cameroon', 'AFRICAN', 'MEMBER'),
  ('COD', 'CD', 'Democratic Republic of the Congo', 'AFRICAN', 'MEMBER'),
  ('COG', 'CG', 'Congo', 'AFRICAN', 'MEMBER'),
  ('COM', 'KM', 'Comoros', 'AFRICAN', 'MEMBER'),
  ('CPV', 'CV', 'Cabo Verde', 'AFRICAN', 'MEMBER'),
  ('DJI', 'DJ', 'Djibouti', 'AFRICAN', 'MEMBER'),
  ('DZA', 'DZ', 'Algeria', 'AFRICAN', 'MEMBER'),
  ('EGY', 'EG', 'Egypt', 'AFRICAN', 'MEMBER'),
  ('ERI', 'ER', 'Eritrea', 'AFRICAN', 'MEMBER'),
  ('ETH', 'ET', 'Ethiopia', 'AFRICAN', 'MEMBER'),
  ('GAB', 'GA', 'Gabon', 'AFRICAN', 'MEMBER'),
  ('GHA', 'GH', 'Ghana', 'AFRICAN', 'MEMBER'),
  ('GIN', 'GN', 'Guinea', 'AFRICAN', 'MEMBER'),
  ('GMB', 'GM', 'Gambia', 'AFRICAN', 'MEMBER'),
  ('GNB', 'GW', 'Guinea-Bissau', 'AFRICAN', 'MEMBER'),
  ('GNQ', 'GQ', 'Equatorial Guinea', 'AFRICAN', 'MEMBER'),
  ('KEN', 'KE', 'Kenya', 'AFRICAN', 'MEMBER'),
  ('LBR', 'LR', 'Liberia', 'AFRICAN', 'MEMBER'),
  ('LBY', 'LY', 'Libya', 'AFRICAN', 'MEMBER'),
  ('LSO', 'LS', 'Lesotho', 'AFRICAN', 'MEMBER'),
  ('MAR', 'MA', 'Morocco', 'AFRICAN', 'MEMBER'),
  ('MDG', 'MG', 'Madagascar', 'AFRICAN', 'MEMBER'),
  ('MLI', 'ML', 'Mali', 'AFRICAN', 'MEMBER'),
  ('MOZ', 'MZ', 'Mozambique', 'AFRICAN', 'MEMBER'),
  ('MRT', 'MR', 'Mauritania', 'AFRICAN', 'MEMBER'),
  ('MUS', 'MU', 'Mauritius', 'AFRICAN', 'MEMBER'),
  ('MWI', 'MW', 'Malawi', 'AFRICAN', 'MEMBER'),
  ('NAM', 'NA', 'Namibia', 'AFRICAN', 'MEMBER'),
  ('NER', 'NE', 'Niger', 'AFRICAN', 'MEMBER'),
  ('NGA', 'NG', 'Nigeria', 'AFRICAN', 'MEMBER'),
  ('RWA', 'RW', 'Rwanda', 'AFRICAN', 'MEMBER'),
  ('SDN', 'SD', 'Sudan', 'AFRICAN', 'MEMBER'),
  ('SEN', 'SN', 'Senegal', 'AFRICAN', 'MEMBER'),
  ('SLE', 'SL', 'Sierra Leone', 'AFRICAN', 'MEMBER'),
  ('SOM', 'SO', 'Somalia', 'AFRICAN', 'MEMBER'),
  ('SSD', 'SS', 'South Sudan', 'AFRICAN', 'MEMBER'),
  ('STP', 'ST', 'Sao Tome and Principe', 'AFRICAN', 'MEMBER'),
  ('SWZ', 'SZ', 'Eswatini', 'AFRICAN', 'MEMBER'),
  ('SYC', 'SC', 'Seychelles', 'AFRICAN', 'MEMBER'),
  ('TCD', 'TD', 'Chad', 'AFRICAN', 'MEMBER'),
  ('TGO', 'TG', 'Togo', 'AFRICAN', 'MEMBER'),
  ('TUN', 'TN', 'Tunisia', 'AFRICAN', 'MEMBER'),
  ('TZA', 'TZ', 'United Republic of Tanzania', 'AFRICAN', 'MEMBER'),
  ('UGA', 'UG', 'Uganda', 'AFRICAN', 'MEMBER'),
  ('ZAF', 'ZA', 'South Africa', 'AFRICAN', 'MEMBER'),
  ('ZMB', 'ZM', 'Zambia', 'AFRICAN', 'MEMBER'),
  ('ZWE', 'ZW', 'Zimbabwe', 'AFRICAN', 'MEMBER');

-- ASIA_PACIFIC: 54 member states
-- Asia-Pacific Group: 54 member states. The commonly cited figure of 53 leaves out Kiribati,
-- which is counted here in this group; Cyprus and the Central Asian states are included.

INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('AFG', 'AF', 'Afghanistan', 'ASIA_PACIFIC', 'MEMBER'),
  ('ARE', 'AE', 'United Arab Emirates', 'ASIA_PACIFIC', 'MEMBER'),
  ('BGD', 'BD', 'Bangladesh', 'ASIA_PACIFIC', 'MEMBER'),
  ('BHR', 'BH', 'Bahrain', 'ASIA_PACIFIC', 'MEMBER'),
  ('BRN', 'BN', 'Brunei Darussalam', 'ASIA_PACIFIC', 'MEMBER'),
  ('BTN', 'BT', 'Bhutan', 'ASIA_PACIFIC', 'MEMBER'),
  ('CHN', 'CN', 'China', 'ASIA_PACIFIC', 'MEMBER'),
  ('CYP', 'CY', 'Cyprus', 'ASIA_PACIFIC', 'MEMBER'),
  ('FJI', 'FJ', 'Fiji', 'ASIA_PACIFIC', 'MEMBER'),
  ('FSM', 'FM', 'Micronesia (Federated States of)', 'ASIA_PACIFIC', 'MEMBER'),
  ('IDN', 'ID', 'Indonesia', 'ASIA_PACIFIC', 'MEMBER'),
  ('IND', 'IN', 'India', 'ASIA_PACIFIC', 'MEMBER'),
  ('IRN', 'IR', 'Iran (Islamic Republic of)', 'ASIA_PACIFIC', 'MEMBER'),
  ('IRQ', 'IQ', 'Iraq', 'ASIA_PACIFIC', 'MEMBER'),
  ('JOR', 'JO', 'Jordan', 'ASIA_PACIFIC', 'MEMBER'),
  ('JPN', 'JP', 'Japan', 'ASIA_PACIFIC', 'MEMBER'),
  ('KAZ', 'KZ', 'Kazakhstan', 'ASIA_PACIFIC', 'MEMBER'),
  ('KGZ', 'KG', 'Kyrgyzstan', 'ASIA_PACIFIC', 'MEMBER'),
  ('KHM', 'KH', 'Cambodia', 'ASIA_PACIFIC', 'MEMBER'),
  ('KIR', 'KI', 'Kiribati', 'ASIA_PACIFIC', 'MEMBER'),
  ('KOR', 'KR', 'Republic of Korea', 'ASIA_PACIFIC', 'MEMBER'),
  ('KWT', 'KW', 'Kuwait', 'ASIA_PACIFIC', 'MEMBER'),
  ('LAO', 'LA', 'Lao People''s Democratic Republic', 'ASIA_PACIFIC', 'MEMBER'),
  ('LBN', 'LB', 'Lebanon', 'ASIA_PACIFIC', 'MEMBER'),
  ('LKA', 'LK', 'Sri Lanka', 'ASIA_PACIFIC', 'MEMBER'),
  ('MDV', 'MV', 'Maldives', 'ASIA_PACIFIC', 'MEMBER'),
  ('MHL', 'MH', 'Marshall Islands', 'ASIA_PACIFIC', 'MEMBER'),
  ('MMR', 'MM', 'Myanmar', 'ASIA_PACIFIC', 'MEMBER'),
  ('MNG', 'MN', 'Mongolia', 'ASIA_PACIFIC', 'MEMBER'),
  ('MYS', 'MY', 'Malaysia', 'ASIA_PACIFIC', 'MEMBER'),
  ('NPL', 'NP', 'Nepal', 'ASIA_PACIFIC', 'MEMBER'),
  ('NRU', 'NR', 'Nauru', 'ASIA_PACIFIC', 'MEMBER'),
  ('OMN', 'OM', 'Oman', 'ASIA_PACIFIC', 'MEMBER'),
  ('PAK', 'PK', 'Pakistan', 'ASIA_PACIFIC', 'MEMBER'),
  ('PHL', 'PH', 'Philippines', 'ASIA_PACIFIC', 'MEMBER'),
  ('PLW', 'PW', 'Palau', 'ASIA_PACIFIC', 'MEMBER'),
  ('PNG', 'PG', 'Papua New Guinea', 'ASIA_PACIFIC', 'MEMBER'),
  ('PRK', 'KP', 'Democratic People''s Republic of Korea', 'ASIA_PACIFIC', 'MEMBER'),
  ('QAT', 'QA', 'Qatar', 'ASIA_PACIFIC', 'MEMBER'),
  ('SAU', 'SA', 'Saudi Arabia', 'ASIA_PACIFIC', 'MEMBER'),
  ('SGP', 'SG', 'Singapore', 'ASIA_PACIFIC', 'MEMBER'),
  ('SLB', 'SB', 'Solomon Islands', 'ASIA_PACIFIC', 'MEMBER'),
  ('SYR', 'SY', 'Syrian Arab Republic', 'ASIA_PACIFIC', 'MEMBER'),
  ('THA', 'TH', 'Thailand', 'ASIA_PACIFIC', 'MEMBER'),
  ('TJK', 'TJ', 'Tajikistan', 'ASIA_PACIFIC', 'MEMBER'),
  ('TKM', 'TM', 'Turkmenistan', 'ASIA_PACIFIC', 'MEMBER'),
  ('TLS', 'TL', 'Timor-Leste', 'ASIA_PACIFIC', 'MEMBER'),
  ('TON', 'TO', 'Tonga', 'ASIA_PACIFIC', 'MEMBER'),
  ('TUV', 'TV', 'Tuvalu', 'ASIA_PACIFIC', 'MEMBER'),
  ('UZB', 'UZ', 'Uzbekistan', 'ASIA_PACIFIC', 'MEMBER'),
  ('VNM', 'VN', 'Viet Nam', 'ASIA_PACIFIC', 'MEMBER'),
  ('VUT', 'VU', 'Vanuatu', 'ASIA_PACIFIC', 'MEMBER'),
  ('WSM', 'WS', 'Samoa', 'ASIA_PACIFIC', 'MEMBER'),
  ('YEM', 'YE', 'Yemen', 'ASIA_PACIFIC', 'MEMBER');

-- EASTERN_EUROPEAN: 23 member states
-- Includes the Baltic states, Georgia, Armenia and Azerbaijan.

INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('ALB', 'AL', 'Albania', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('ARM', 'AM', 'Armenia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('AZE', 'AZ', 'Azerbaijan', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('BGR', 'BG', 'Bulgaria', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('BIH', 'BA', 'Bosnia and Herzegovina', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('BLR', 'BY', 'Belarus', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('CZE', 'CZ', 'Czechia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('EST', 'EE', 'Estonia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('GEO', 'GE', 'Georgia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('HRV', 'HR', 'Croatia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('HUN', 'HU', 'Hungary', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('LTU', 'LT', 'Lithuania', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('LVA', 'LV', 'Latvia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('MDA', 'MD', 'Republic of Moldova', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('MKD', 'MK', 'North Macedonia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('MNE', 'ME', 'Montenegro', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('POL', 'PL', 'Poland', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('ROU', 'RO', 'Romania', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('RUS', 'RU', 'Russian Federation', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('SRB', 'RS', 'Serbia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('SVK', 'SK', 'Slovakia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('SVN', 'SI', 'Slovenia', 'EASTERN_EUROPEAN', 'MEMBER'),
  ('UKR', 'UA', 'Ukraine', 'EASTERN_EUROPEAN', 'MEMBER');

-- GRULAC: 33 member states

INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('ARG', 'AR', 'Argentina', 'GRULAC', 'MEMBER'),
  ('ATG', 'AG', 'Antigua and Barbuda', 'GRULAC', 'MEMBER'),
  ('BHS', 'BS', 'Bahamas', 'GRULAC', 'MEMBER'),
  ('BLZ', 'BZ', 'Belize', 'GRULAC', 'MEMBER'),
  ('BOL', 'BO', 'Bolivia (Plurinational State of)', 'GRULAC', 'MEMBER'),
  ('BRA', 'BR', 'Brazil', 'GRULAC', 'MEMBER'),
  ('BRB', 'BB', 'Barbados', 'GRULAC', 'MEMBER'),
  ('CHL', 'CL', 'Chile', 'GRULAC', 'MEMBER'),
  ('COL', 'CO', 'Colombia', 'GRULAC', 'MEMBER'),
  ('CRI', 'CR', 'Costa Rica', 'GRULAC', 'MEMBER'),
  ('CUB', 'CU', 'Cuba', 'GRULAC', 'MEMBER'),
  ('DMA', 'DM', 'Dominica', 'GRULAC', 'MEMBER'),
  ('DOM', 'DO', 'Dominican Republic', 'GRULAC', 'MEMBER'),
  ('ECU', 'EC', 'Ecuador', 'GRULAC', 'MEMBER'),
  ('GRD', 'GD', 'Grenada', 'GRULAC', 'MEMBER'),
  ('GTM', 'GT', 'Guatemala', 'GRULAC', 'MEMBER'),
  ('GUY', 'GY', 'Guyana', 'GRULAC', 'MEMBER'),
  ('HND', 'HN', 'Honduras', 'GRULAC', 'MEMBER'),
  ('HTI', 'HT', 'Haiti', 'GRULAC', 'MEMBER'),
  ('JAM', 'JM', 'Jamaica', 'GRULAC', 'MEMBER'),
  ('KNA', 'KN', 'Saint Kitts and Nevis', 'GRULAC', 'MEMBER'),
  ('LCA', 'LC', 'Saint Lucia', 'GRULAC', 'MEMBER'),
  ('MEX', 'MX', 'Mexico', 'GRULAC', 'MEMBER'),
  ('NIC', 'NI', 'Nicaragua', 'GRULAC', 'MEMBER'),
  ('PAN', 'PA', 'Panama', 'GRULAC', 'MEMBER'),
  ('PER', 'PE', 'Peru', 'GRULAC', 'MEMBER'),
  ('PRY', 'PY', 'Paraguay', 'GRULAC', 'MEMBER'),
  ('SLV', 'SV', 'El Salvador', 'GRULAC', 'MEMBER'),
  ('SUR', 'SR', 'Suriname', 'GRULAC', 'MEMBER'),
  ('TTO', 'TT', 'Trinidad and Tobago', 'GRULAC', 'MEMBER'),
  ('URY', 'UY', 'Uruguay', 'GRULAC', 'MEMBER'),
  ('VCT', 'VC', 'Saint Vincent and the Grenadines', 'GRULAC', 'MEMBER'),
  ('VEN', 'VE', 'Venezuela (Bolivarian Republic of)', 'GRULAC', 'MEMBER');

-- WEOG: 29 member states
-- WEOG: 28 members plus the United States (formally an observer of WEOG, counted in it for electoral
-- purposes) = 29. Israel and Türkiye are counted here.

INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('AND', 'AD', 'Andorra', 'WEOG', 'MEMBER'),
  ('AUS', 'AU', 'Australia', 'WEOG', 'MEMBER'),
  ('AUT', 'AT', 'Austria', 'WEOG', 'MEMBER'),
  ('BEL', 'BE', 'Belgium', 'WEOG', 'MEMBER'),
  ('CAN', 'CA', 'Canada', 'WEOG', 'MEMBER'),
  ('CHE', 'CH', 'Switzerland', 'WEOG', 'MEMBER'),
  ('DEU', 'DE', 'Germany', 'WEOG', 'MEMBER'),
  ('DNK', 'DK', 'Denmark', 'WEOG', 'MEMBER'),
  ('ESP', 'ES', 'Spain', 'WEOG', 'MEMBER'),
  ('FIN', 'FI', 'Finland', 'WEOG', 'MEMBER'),
  ('FRA', 'FR', 'France', 'WEOG', 'MEMBER'),
  ('GBR', 'GB', 'United Kingdom of Great Britain and Northern Ireland', 'WEOG', 'MEMBER'),
  ('GRC', 'GR', 'Greece', 'WEOG', 'MEMBER'),
  ('IRL', 'IE', 'Ireland', 'WEOG', 'MEMBER'),
  ('ISL', 'IS', 'Iceland', 'WEOG', 'MEMBER'),
  ('ISR', 'IL', 'Israel', 'WEOG', 'MEMBER'),
  ('ITA', 'IT', 'Italy', 'WEOG', 'MEMBER'),
  ('LIE', 'LI', 'Liechtenstein', 'WEOG', 'MEMBER'),
  ('LUX', 'LU', 'Luxembourg', 'WEOG', 'MEMBER'),
  ('MCO', 'MC', 'Monaco', 'WEOG', 'MEMBER'),
  ('MLT', 'MT', 'Malta', 'WEOG', 'MEMBER'),
  ('NLD', 'NL', 'Netherlands (Kingdom of the)', 'WEOG', 'MEMBER'),
  ('NOR', 'NO', 'Norway', 'WEOG', 'MEMBER'),
  ('NZL', 'NZ', 'New Zealand', 'WEOG', 'MEMBER'),
  ('PRT', 'PT', 'Portugal', 'WEOG', 'MEMBER'),
  ('SMR', 'SM', 'San Marino', 'WEOG', 'MEMBER'),
  ('SWE', 'SE', 'Sweden', 'WEOG', 'MEMBER'),
  ('TUR', 'TR', 'Türkiye', 'WEOG', 'MEMBER'),
  ('USA', 'US', 'United States of America', 'WEOG', 'MEMBER');

-- Total UN member states: 193

-- Observer states (not UN members): 2. The Holy See belongs to no regional group;
-- the State of Palestine participates in the Asia-Pacific Group.
INSERT INTO member_state (code, alpha2, name, regional_group, status) VALUES
  ('PSE', 'PS', 'State of Palestine', 'ASIA_PACIFIC', 'OBSERVER'),
  ('VAT', 'VA', 'Holy See', NULL, 'OBSERVER');

-- Blocs
INSERT INTO bloc (code, name, description) VALUES
  ('EU', 'European Union', 'The 27 EU member states.'),
  ('G77', 'Group of 77', 'Coalition of developing countries at the UN, negotiating as "the Group of 77 and China".'),
  ('BRICS', 'BRICS', 'Brazil, Russia, India, China, South Africa and the members admitted since 2024.'),
  ('AU', 'African Union', 'All 54 African UN member states are AU members.'),
  ('ASEAN', 'Association of Southeast Asian Nations', 'The 10 long-standing members plus Timor-Leste (admitted October 2025).'),
  ('ARAB_LEAGUE', 'League of Arab States', '22 members, including the State of Palestine; Syria included (suspension lifted in 2023).'),
  ('OECD', 'Organisation for Economic Co-operation and Development', 'The 38 OECD member countries.'),
  ('G7', 'Group of Seven', 'The seven G7 states.'),
  ('G20', 'Group of Twenty', 'The 19 G20 member states.');

-- Bloc membership. Codes are given as VALUES lists so that any typo fails the foreign key.
-- Only UN member and observer states are listed; non-state members are noted in comments.

-- EU: 27 states
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'EU', c FROM (VALUES
  ('AUT'),('BEL'),('BGR'),('CYP'),('CZE'),('DEU'),('DNK'),('ESP'),('EST'),('FIN'),('FRA'),('GRC'),
  ('HRV'),('HUN'),('IRL'),('ITA'),('LTU'),('LUX'),('LVA'),('MLT'),('NLD'),('POL'),('PRT'),('ROU'),
  ('SVK'),('SVN'),('SWE')
) v(c);

-- G77: 135 states
-- The 134 G77 members (incl. State of Palestine, PSE) plus China (CHN). China is not formally a
-- G77 member but is associated with it ("Group of 77 and China") and is included here, so 135 rows.
-- Former members not listed: Mexico (left 1994), Republic of Korea (1996), Cyprus and Malta (2004),
-- and Palau (2004).
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'G77', c FROM (VALUES
  ('AFG'),('AGO'),('ARE'),('ARG'),('ATG'),('AZE'),('BDI'),('BEN'),('BFA'),('BGD'),('BHR'),('BHS'),
  ('BIH'),('BLZ'),('BOL'),('BRA'),('BRB'),('BRN'),('BTN'),('BWA'),('CAF'),('CHL'),('CHN'),('CIV'),
  ('CMR'),('COD'),('COG'),('COL'),('COM'),('CPV'),('CRI'),('CUB'),('DJI'),('DMA'),('DOM'),('DZA'),
  ('ECU'),('EGY'),('ERI'),('ETH'),('FJI'),('FSM'),('GAB'),('GHA'),('GIN'),('GMB'),('GNB'),('GNQ'),
  ('GRD'),('GTM'),('GUY'),('HND'),('HTI'),('IDN'),('IND'),('IRN'),('IRQ'),('JAM'),('JOR'),('KEN'),
  ('KHM'),('KIR'),('KNA'),('KWT'),('LAO'),('LBN'),('LBR'),('LBY'),('LCA'),('LKA'),('LSO'),('MAR'),
  ('MDG'),('MDV'),('MHL'),('MLI'),('MMR'),('MNG'),('MOZ'),('MRT'),('MUS'),('MWI'),('MYS'),('NAM'),
  ('NER'),('NGA'),('NIC'),('NPL'),('NRU'),('OMN'),('PAK'),('PAN'),('PER'),('PHL'),('PNG'),('PRK'),
  ('PRY'),('PSE'),('QAT'),('RWA'),('SAU'),('SDN'),('SEN'),('SGP'),('SLB'),('SLE'),('SLV'),('SOM'),
  ('SSD'),('STP'),('SUR'),('SWZ'),('SYC'),('SYR'),('TCD'),('TGO'),('THA'),('TJK'),('TKM'),('TLS'),
  ('TON'),('TTO'),('TUN'),('TZA'),('UGA'),('URY'),('VCT'),('VEN'),('VNM'),('VUT'),('WSM'),('YEM'),
  ('ZAF'),('ZMB'),('ZWE')
) v(c);

-- BRICS: 10 states
-- Saudi Arabia (SAU) was invited to join from 1 January 2024 but has never formally confirmed
-- membership; its status is ambiguous, so it is left out.
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'BRICS', c FROM (VALUES
  ('ARE'),('BRA'),('CHN'),('EGY'),('ETH'),('IDN'),('IND'),('IRN'),('RUS'),('ZAF')
) v(c);

-- AU: 54 states
-- The Sahrawi Arab Democratic Republic (SADR) is an AU member but not a UN member state: left out.
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'AU', c FROM (VALUES
  ('AGO'),('BDI'),('BEN'),('BFA'),('BWA'),('CAF'),('CIV'),('CMR'),('COD'),('COG'),('COM'),('CPV'),
  ('DJI'),('DZA'),('EGY'),('ERI'),('ETH'),('GAB'),('GHA'),('GIN'),('GMB'),('GNB'),('GNQ'),('KEN'),
  ('LBR'),('LBY'),('LSO'),('MAR'),('MDG'),('MLI'),('MOZ'),('MRT'),('MUS'),('MWI'),('NAM'),('NER'),
  ('NGA'),('RWA'),('SDN'),('SEN'),('SLE'),('SOM'),('SSD'),('STP'),('SWZ'),('SYC'),('TCD'),('TGO'),
  ('TUN'),('TZA'),('UGA'),('ZAF'),('ZMB'),('ZWE')
) v(c);

-- ASEAN: 11 states
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'ASEAN', c FROM (VALUES
  ('BRN'),('IDN'),('KHM'),('LAO'),('MMR'),('MYS'),('PHL'),('SGP'),('THA'),('TLS'),('VNM')
) v(c);

-- ARAB_LEAGUE: 22 states
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'ARAB_LEAGUE', c FROM (VALUES
  ('ARE'),('BHR'),('COM'),('DJI'),('DZA'),('EGY'),('IRQ'),('JOR'),('KWT'),('LBN'),('LBY'),('MAR'),
  ('MRT'),('OMN'),('PSE'),('QAT'),('SAU'),('SDN'),('SOM'),('SYR'),('TUN'),('YEM')
) v(c);

-- OECD: 38 states
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'OECD', c FROM (VALUES
  ('AUS'),('AUT'),('BEL'),('CAN'),('CHE'),('CHL'),('COL'),('CRI'),('CZE'),('DEU'),('DNK'),('ESP'),
  ('EST'),('FIN'),('FRA'),('GBR'),('GRC'),('HUN'),('IRL'),('ISL'),('ISR'),('ITA'),('JPN'),('KOR'),
  ('LTU'),('LUX'),('LVA'),('MEX'),('NLD'),('NOR'),('NZL'),('POL'),('PRT'),('SVK'),('SVN'),('SWE'),
  ('TUR'),('USA')
) v(c);

-- G7: 7 states
-- The European Union participates in the G7 as a non-enumerated member: not a state, left out.
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'G7', c FROM (VALUES
  ('CAN'),('DEU'),('FRA'),('GBR'),('ITA'),('JPN'),('USA')
) v(c);

-- G20: 19 states
-- The European Union and the African Union (member since 2023) are G20 members but not states: left out.
INSERT INTO bloc_member (bloc_code, state_code)
SELECT 'G20', c FROM (VALUES
  ('ARG'),('AUS'),('BRA'),('CAN'),('CHN'),('DEU'),('FRA'),('GBR'),('IDN'),('IND'),('ITA'),('JPN'),
  ('KOR'),('MEX'),('RUS'),('SAU'),('TUR'),('USA'),('ZAF')
) v(c);
