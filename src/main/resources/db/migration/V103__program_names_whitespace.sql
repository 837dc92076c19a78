-- Names copied from the Texas ETPL spreadsheet keep its runs of spaces where a dash was lost ('Texas A&M University
-- Corpus Christi' with three spaces, beside the same institution with one) and a line break inside a name: one space
-- each, none inside brackets or at the ends, so that an institution is one name to search, sort and group by.
update program
set institution = regexp_replace(regexp_replace(regexp_replace(btrim(institution, E' \t\r\n'), '\s+', ' ', 'g'),
                                                '\( ', '(', 'g'), ' \)', ')', 'g'),
    name = regexp_replace(regexp_replace(regexp_replace(btrim(name, E' \t\r\n'), '\s+', ' ', 'g'),
                                         '\( ', '(', 'g'), ' \)', ')', 'g')
where institution ~ '\s\s|[\t\r\n]|^\s|\s$|\( | \)' or name ~ '\s\s|[\t\r\n]|^\s|\s$|\( | \)';
