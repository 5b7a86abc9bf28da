a0417nwx
r i BC-Vietnam-Rice   1stLd-Writethru  11-14 0212
^BC-Vietnam-Rice,0212<
^Rice harvest beats forecast in Mekong Delta<
^EDITOR'S NOTE _ Updates with export figures in the third paragraph.<
^By TRAN MINH ANH=
^Newswire Example Agency=
	   CAN THO, Vietnam (AP) _ The autumn rice harvest in the Mekong Delta came in above the forecast, officials said on Thursday.
 
	   Farmers credited new seed varieties that resist salt water.
 
	   Exporters expect prices to hold through the year.

	   AP-WF-11-14-24 0830GMT<

