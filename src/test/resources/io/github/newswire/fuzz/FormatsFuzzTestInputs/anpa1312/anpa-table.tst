s0284-----
r s BC-SOC--VLeagueTable       11-14 0120
^BC-SOC--V.League Table,0120<
^V.League standings<
^ Team;P;W;D;L;Pts=
Hanoi FC;10;7;2;1;23
Viettel;10;6;3;1;21
Nam Dinh;10;6;1;3;19

Top scorer: Nguyen Van Quyet, 8 goals
	   AP-WF-11-14-24 1500GMT<
