<?xml version='1.0' encoding='UTF-8'?>
<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>
<graph edgedefault='directed'>

<!-- data schema -->
<key id='nid' for='node' attr.name='nid' attr.type='integer'/>
<key id='name' for='node' attr.name='name' attr.type='string'/>
<key id='acronym' for='node' attr.name='acronym' attr.type='string'/>
<key id='location' for='node' attr.name='location' attr.type='string'/>
<key id='country' for='node' attr.name='country' attr.type='string'/>
<key id='website' for='node' attr.name='website' attr.type='string'/>
<key id='contact' for='node' attr.name='contact' attr.type='string'/>
<key id='description' for='node' attr.name='description' attr.type='string'/>
<key id='type' for='node' attr.name='type' attr.type='string'/>
<key id='image' for='node' attr.name='image' attr.type='string'/>
<key id='theme' for='node' attr.name='theme' attr.type='string'/>
<key id='group' for='node' attr.name='group' attr.type='string'/>
<key id='esf1' for='node' attr.name='esf1' attr.type='string'/>
<key id='esf2' for='node' attr.name='esf2' attr.type='string'/>
<key id='esf3' for='node' attr.name='esf3' attr.type='string'/>
<key id='type' for='edge' attr.name='type' attr.type='string'/>

<node id='0'>
<data key='nid'>0</data>
<data key='name'>Coalition of the Flemish North-South Movement</data>
<data key='acronym'>11.11.11</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.11.be</data>
<data key='contact'>info@11.be</data>
<data key='description'>Network is the coalition of more than a hundredNGOs, unions, movements and solidarity groups in Flanders (northern part of Belgium).</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='1'>
<data key='nid'>1</data>
<data key='name'>4D -Dossiers et Debats pour le Developpement Durable</data>
<data key='acronym'>4D</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.association4d.org</data>
<data key='contact'>association4d@globenet.org</data>
<data key='description'>Action for sustainable developement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='2'>
<data key='nid'>2</data>
<data key='name'>A Gauche</data>
<data key='acronym'>A Gauche</data>
<data key='location'>Massy</data>
<data key='country'>France</data>
<data key='website'>http://www.nouveau-monde.info</data>
<data key='contact'>lamaisoncommune@wanadoo.fr</data>
<data key='description'>Weekly political review leftwing</data>
<data key='type'>Research or documentation entity</data>
<data key='image'>images/Research-or-documentation-entity.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='3'>
<data key='nid'>3</data>
<data key='name'>A l'Ecoute de la Nature</data>
<data key='acronym'>A l'Ecoute de la Nature</data>
<data key='location'>Blargies</data>
<data key='country'>France</data>
<data key='website'>http://www.membres.lycos.fr/ecoutenature</data>
<data key='contact'>ecoute-nature@infonie.fr</data>
<data key='description'>Protection of the nature and education about ecology</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='4'>
<data key='nid'>4</data>
<data key='name'>A SEED Europe - Action for Solidarity Equality Environmental and Diversity</data>
<data key='acronym'>A SEED</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.aseed.net</data>
<data key='contact'>aseedeur@antenna.nl</data>
<data key='description'>Network that initiates actions and campaigns on environmental and social justice issues.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='5'>
<data key='nid'>5</data>
<data key='name'>AAD'A - Atelier Ambulante d'Architettura</data>
<data key='acronym'>AADA</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>aadamo@iol.it</data>
<data key='description'>Association constituted from bio-architects who restructure voluntarily, without lucrative scope, following the principles of the bio-building, old buildings, ecovillages, parks, etc. It studies concrete plans in order to redefine the role of the architec</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='6'>
<data key='nid'>6</data>
<data key='name'>Abelard</data>
<data key='acronym'>Abelard</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.abelard.net</data>
<data key='contact'>webmaster@abelard.net</data>
<data key='description'>Filosophical and reflexion club around our contemporary world</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='esf2'>Paris</data>
</node>
<node id='7'>
<data key='nid'>7</data>
<data key='name'>AC! Dunkerque Transfaire</data>
<data key='acronym'>AC! Dunkerque Transfaire</data>
<data key='location'>Dunkerque</data>
<data key='country'>France</data>
<data key='website'>http://www.passerellesud.org</data>
<data key='contact'>transfaire@passerellesud.org</data>
<data key='description'>Local branch of the network AC!</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>AC!</data>
<data key='esf1'>Firenze</data>
</node>
<node id='8'>
<data key='nid'>8</data>
<data key='name'>AC! Montpellier</data>
<data key='acronym'>AC! Montpellier</data>
<data key='location'>Montpellier</data>
<data key='country'>France</data>
<data key='website'>http://www.ac.eu.org</data>
<data key='contact'>so.contact@wanadoo.fr</data>
<data key='description'>Fight against exclusion, discrimination, precariety and unemployement</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>AC!</data>
<data key='esf1'>Firenze</data>
</node>
<node id='9'>
<data key='nid'>9</data>
<data key='name'>AC! Nantes, TGV Nantes</data>
<data key='acronym'>AC! Nantes, TGV Nantes</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>http://www.ac.eu.org</data>
<data key='contact'>ac.nantes@free.fr</data>
<data key='description'>Fight against exclusion, discrimination, precariety and unemployement</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>AC!</data>
<data key='esf1'>Firenze</data>
</node>
<node id='10'>
<data key='nid'>10</data>
<data key='name'>AC! Nord Pas de Calais</data>
<data key='acronym'>AC! Nord Pas de Calais</data>
<data key='location'>Lievin</data>
<data key='country'>France</data>
<data key='website'>http://www.ac.eu.org</data>
<data key='contact'>acnpdc@yahoo.com</data>
<data key='description'>Fight against exclusion, discrimination, precariety and unemployement</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>AC!</data>
<data key='esf1'>Firenze</data>
</node>
<node id='11'>
<data key='nid'>11</data>
<data key='name'>ACC! Luxembourg</data>
<data key='acronym'>ACC! Luxembourg</data>
<data key='location'>Esch/Alzette</data>
<data key='country'>Luxembourg</data>
<data key='website'>na</data>
<data key='contact'>acclux@internet.lu</data>
<data key='description'>Action against unemployement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='12'>
<data key='nid'>12</data>
<data key='name'>Accademia Minima del Teatro Urgente</data>
<data key='acronym'>Urgenti</data>
<data key='location'>Pienza</data>
<data key='country'>Italy</data>
<data key='website'>http://www.urgenti.freehomepage.com</data>
<data key='contact'>urgenti@libero.it</data>
<data key='description'>It is a theatre collective</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='13'>
<data key='nid'>13</data>
<data key='name'>Accao jovem para a paz</data>
<data key='acronym'>AJP</data>
<data key='location'>Coimbra</data>
<data key='country'>Portugal</data>
<data key='website'>http://www.ajpaz.org.pt</data>
<data key='contact'>ajp@ajpaz.org.pt</data>
<data key='description'>Youth association promoting peace</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='14'>
<data key='nid'>14</data>
<data key='name'>Accueil Paysan</data>
<data key='acronym'>Accueil Paysan</data>
<data key='location'>Grenoble</data>
<data key='country'>France</data>
<data key='website'>http://www.accueil-paysan.com</data>
<data key='contact'>info@accueil-paysan.com</data>
<data key='description'>Federation to promote rural lodging in farms</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Economy</data>
<data key='group'>Peuple et Culture (108-110, rue St Maur 75011 Paris)</data>
<data key='esf2'>Paris</data>
</node>
<node id='15'>
<data key='nid'>15</data>
<data key='name'>ACG - Agir contre la guerre</data>
<data key='acronym'>ACG</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>agircontrelaguerre.free.fr</data>
<data key='contact'>agircontrelaguerre@yahoo.fr</data>
<data key='description'>French network against war</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='16'>
<data key='nid'>16</data>
<data key='name'>Aclifoglio</data>
<data key='acronym'>Aclifoglio</data>
<data key='location'>Freiburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.aclifoglio.de</data>
<data key='contact'>acli.freiburg@t-online.de</data>
<data key='description'>Periodical for online information of ACLI Freiburg</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>ACLI</data>
<data key='esf1'>Firenze</data>
</node>
<node id='17'>
<data key='nid'>17</data>
<data key='name'>ACRIMED  Action-CRItique-MEDias</data>
<data key='acronym'>ACRIMED</data>
<data key='location'>Le Pre' Saint Gervais</data>
<data key='country'>France</data>
<data key='website'>http://www.acrimed.org</data>
<data key='contact'>acrimed@wanadoo.fr</data>
<data key='description'>Observatory of medias</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf2'>Paris</data>
</node>
<node id='18'>
<data key='nid'>18</data>
<data key='name'>ACSUR-Las Segovias</data>
<data key='acronym'>ACSUR-Las Segovias</data>
<data key='location'>Madrid</data>
<data key='country'>Spain</data>
<data key='website'>http://www.acsur.org</data>
<data key='contact'>acsur@acsur.org</data>
<data key='description'>NGO for international solidarity and development</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='19'>
<data key='nid'>19</data>
<data key='name'>Act Up Paris</data>
<data key='acronym'>Act Up Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.actupparis.org</data>
<data key='contact'>actup@actupparis.org</data>
<data key='description'>Association for gay rights and AIDS research</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='20'>
<data key='nid'>20</data>
<data key='name'>Action chretienne des etudiants russes- Mouvement de jeunesse orthodoxe</data>
<data key='acronym'>ACER-MJO</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.acer-mjo.org</data>
<data key='contact'>secretariat@acer-mjo.org</data>
<data key='description'>Humanitarian and social asociation, christian movement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>Rede Repper</data>
<data key='esf2'>Paris</data>
</node>
<node id='21'>
<data key='nid'>21</data>
<data key='name'>Action consommation</data>
<data key='acronym'>Action consommation</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.actionconsommation.org</data>
<data key='contact'>info@actionconsommation.org</data>
<data key='description'>Created by members of Attac and other French organizations of resistance to universalization neoliberalism, solidarity and respect of the environment, to promote responsible consumption.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='22'>
<data key='nid'>22</data>
<data key='name'>Action des chretiens pour l'Abolition de la Torture</data>
<data key='acronym'>ACAT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.acat.asso.fr</data>
<data key='contact'>acat.france@acat.asso.fr</data>
<data key='description'>Christian association against torture</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf2'>Paris</data>
</node>
<node id='23'>
<data key='nid'>23</data>
<data key='name'>Action des Citoyens pour le Desarmement Nucleaire</data>
<data key='acronym'>ACDN</data>
<data key='location'>Saintes</data>
<data key='country'>France</data>
<data key='website'>cdn.france.free.fr</data>
<data key='contact'>acdn.france@wanadoo.fr</data>
<data key='description'>Promotes nuclear, biological and chemical disarmament in an integral, universal and controlled manner, in the context of a genuine system of international security.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='group'>Abolition 2000</data>
<data key='esf2'>Paris</data>
</node>
<node id='24'>
<data key='nid'>24</data>
<data key='name'>Action Federaliste Socialisme et Liberté</data>
<data key='acronym'>AFSL</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>actionfed@yahoo.fr</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='25'>
<data key='nid'>25</data>
<data key='name'>Action For Peace</data>
<data key='acronym'>Action For Peace</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>actionforpeace@virgilio.it</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='26'>
<data key='nid'>26</data>
<data key='name'>Action Populaire contre la Mondialisation</data>
<data key='acronym'>APCM</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.agp.org</data>
<data key='contact'>red-red2@span.ch</data>
<data key='description'>Popular Action Against Mondialisation</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>AGP - Peoples' Global Action</data>
<data key='esf1'>Firenze</data>
</node>
<node id='27'>
<data key='nid'>27</data>
<data key='name'>Action pour la Sauvegarde et la Protection de l'environnement</data>
<data key='acronym'>ASPRE</data>
<data key='location'>Port-au-prince</data>
<data key='country'>Haiti</data>
<data key='website'>na</data>
<data key='contact'>aspre@hotmail.com</data>
<data key='description'>Environment defense association</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='28'>
<data key='nid'>28</data>
<data key='name'>Action pour le developpement</data>
<data key='acronym'>Action pour le developpement</data>
<data key='location'>Kinshasa</data>
<data key='country'>Congo Republic</data>
<data key='website'>na</data>
<data key='contact'>act_pour_dev@hotmail.com</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Community and local development</data>
<data key='esf2'>Paris</data>
</node>
<node id='29'>
<data key='nid'>29</data>
<data key='name'>Action Vivre Ensemble</data>
<data key='acronym'>Action Vivre Ensemble</data>
<data key='location'>Liege</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.entraide.be</data>
<data key='contact'>liege@entraide.be</data>
<data key='description'>Fight against social exclusion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='30'>
<data key='nid'>30</data>
<data key='name'>Actuel Marx</data>
<data key='acronym'>Actuel Marx</data>
<data key='location'>Nanterre</data>
<data key='country'>France</data>
<data key='website'>netx.u-paris10.fr/actuelmarx</data>
<data key='contact'>ActuelMarx@u-paris10.fr</data>
<data key='description'>International Magazine</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='31'>
<data key='nid'>31</data>
<data key='name'>ACV - CSC Belgium Confederation generale des Syndicats chretiens et libres de Belgique / Algemeen Christelijk Vakverbond</data>
<data key='acronym'>ACV-CSC</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.acv-csc.be</data>
<data key='contact'>presse@acv-csc.be</data>
<data key='description'>General Confederation of Christian and Free Trade Unions</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='32'>
<data key='nid'>32</data>
<data key='name'>ACV Transcom Algemeen Christelijk Vakverbond Transport and Communication</data>
<data key='acronym'>ACV Transcom</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>csc-transcom.csc-en-ligne.be/default.asp</data>
<data key='contact'>acv-transcom@acv-csc.be</data>
<data key='description'>General Confederation of Christian and Free Trade Unions - Branch for Transport and Communication</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>ACV-CSC Belgium</data>
<data key='esf1'>Firenze</data>
</node>
<node id='33'>
<data key='nid'>33</data>
<data key='name'>ACW Limburg</data>
<data key='acronym'>ACW Limburg</data>
<data key='location'>Hasselt</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.acwlimburg.be</data>
<data key='contact'>acw.limburg@acw.be</data>
<data key='description'>ACW joins and supports a number of christian workers organisations</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>ACW</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='34'>
<data key='nid'>34</data>
<data key='name'>ADDAMEER Prisoners Support and Human Rights Association</data>
<data key='acronym'>ADDAMEER</data>
<data key='location'>Jerusalem</data>
<data key='country'>Palestina</data>
<data key='website'>http://www.addameer.org</data>
<data key='contact'>addameer@planet.edu</data>
<data key='description'>Support palestinian prisoners</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='35'>
<data key='nid'>35</data>
<data key='name'>ADEL - PSES - MES-ASTER International / Agence pour le Developpement de l'Economie Locale</data>
<data key='acronym'>ADEL</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.adel.asso.fr</data>
<data key='contact'>adel1@wanadoo.fr</data>
<data key='description'>Local development, social economy</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='36'>
<data key='nid'>36</data>
<data key='name'>ADELS - revue Territoires (Association pour la democratie et l'education locale et sociale)</data>
<data key='acronym'>ADELS</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.adels.org</data>
<data key='contact'>secretariat@adels.org</data>
<data key='description'>Association for local, social and democratic education</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='37'>
<data key='nid'>37</data>
<data key='name'>ADSIS</data>
<data key='acronym'>ADSIS</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.adsis.org</data>
<data key='contact'>torremaura@adsis.org</data>
<data key='description'>We are a movement of Christian communities with the mission to oppose the poverty and the social exclusion in the world.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='38'>
<data key='nid'>38</data>
<data key='name'>AEFTI Federation - Association d’Enseignement et de Formation pour les Travailleurs Immigres</data>
<data key='acronym'>AEFTI</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>fle.asso.free.fr/forestal/aefti.htm</data>
<data key='contact'>aeftifd@aol.com</data>
<data key='description'>Migrants rights support</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf2'>Paris</data>
</node>
<node id='39'>
<data key='nid'>39</data>
<data key='name'>Africa Positive Perfection</data>
<data key='acronym'>APP</data>
<data key='location'>Douala</data>
<data key='country'>Cameroun</data>
<data key='website'>na</data>
<data key='contact'>appca@yahoo.fr</data>
<data key='description'>Solidarity with women communities in Africa</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='40'>
<data key='nid'>40</data>
<data key='name'>Agalev</data>
<data key='acronym'>AGALEV</data>
<data key='location'>Anderlecht</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.agalev.be</data>
<data key='contact'>info@groen.be</data>
<data key='description'>na</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='41'>
<data key='nid'>41</data>
<data key='name'>Agape centro ecumenico</data>
<data key='acronym'>Agape centro ecumenico</data>
<data key='location'>Prali</data>
<data key='country'>Italy</data>
<data key='website'>http://www.agapecentroecumenico.org</data>
<data key='contact'>ufficio@agapecentroecumenico.org</data>
<data key='description'>An encounter among believers of different faiths and denominational backgrounds certainly, but also secular in character.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Religiosity and spirituality</data>
<data key='esf1'>Firenze</data>
</node>
<node id='42'>
<data key='nid'>42</data>
<data key='name'>Agency for Social Analyses</data>
<data key='acronym'>ASA</data>
<data key='location'>Sofiya</data>
<data key='country'>Bulgaria</data>
<data key='website'>asa-bg.netfirms.com</data>
<data key='contact'>asa@mail.orbitel.bg</data>
<data key='description'>ASA is an independent, non-profit making public policy oriented Think-Tank organization. The ASA has its own research, interviewing, coding and analytical resources....</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Research</data>
<data key='esf1'>Firenze</data>
</node>
<node id='43'>
<data key='nid'>43</data>
<data key='name'>Agenzia Per la Pace</data>
<data key='acronym'>Agenzia Per la Pace</data>
<data key='location'>Sondrio</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>agenzia.pace@libero.it</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='44'>
<data key='nid'>44</data>
<data key='name'>AGESCI - L'Associazione Guide e Scout Cattolici Italiani</data>
<data key='acronym'>AGESCI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.agesci.org</data>
<data key='contact'>infoscout@agesci.org</data>
<data key='description'>Education for children in th e spirit of Scout-ism</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='45'>
<data key='nid'>45</data>
<data key='name'>Agir ici pour un monde solidaire</data>
<data key='acronym'>AGIR ICI</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.agirici.org</data>
<data key='contact'>agirici@agirici.org</data>
<data key='description'>Association for reflexion and action for solidarity between north and south</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>Oxfam International</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='46'>
<data key='nid'>46</data>
<data key='name'>Agir pour la Martinique</data>
<data key='acronym'>AGIR</data>
<data key='location'>Fort de France</data>
<data key='country'>France</data>
<data key='website'>monsite.wanadoo.fr/lesdema</data>
<data key='contact'>lesdema.co@wanadoo.fr</data>
<data key='description'>Fight against social exclusion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf2'>Paris</data>
</node>
<node id='47'>
<data key='nid'>47</data>
<data key='name'>Agir pour l'environnement</data>
<data key='acronym'>Agir pour l'environnement</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.agirpourlenvironnement.org</data>
<data key='contact'>contact@agirpourlenvironnement.org</data>
<data key='description'>Enviromental action association citizen movement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='48'>
<data key='nid'>48</data>
<data key='name'>Aguascalientes</data>
<data key='acronym'>Aguascalientes</data>
<data key='location'>Ljubljana</data>
<data key='country'>Slovenia</data>
<data key='website'>http://www.dostje.org</data>
<data key='contact'>dostje@volja.net</data>
<data key='description'>Association for global solidarity, active in the Balcans, Mexico and Guatemala. The members are mostly militants of the movement of disobediants, fighting for autonomy and dignity of multitudes, for free and open Europe.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='49'>
<data key='nid'>49</data>
<data key='name'>Aina</data>
<data key='acronym'>AINA</data>
<data key='location'>Aussillon</data>
<data key='country'>France</data>
<data key='website'>http://www.aina-madagascar.org</data>
<data key='contact'>contact@aina-madagascar.org</data>
<data key='description'>Association for international solidarity, directed towards Madagascar, with the objective to put in place interdependent tourism, and parallel, projects of development with the villages accomodating the travellers.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='50'>
<data key='nid'>50</data>
<data key='name'>AK Kraak</data>
<data key='acronym'>AK Kraak</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>akkraak.squat.net</data>
<data key='contact'>akkraak@riseup.net</data>
<data key='description'>Alternative media</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='51'>
<data key='nid'>51</data>
<data key='name'>Akademie fuer Sozialarbeit Vorarlberg</data>
<data key='acronym'>ASA</data>
<data key='location'>Innsbruck</data>
<data key='country'>Austria</data>
<data key='website'>http://www.asn-ibk.ac.at/schulen/sozak</data>
<data key='contact'>asa.ibk@lsr-t.gv.at</data>
<data key='description'>School of Social Work</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='52'>
<data key='nid'>52</data>
<data key='name'>Aktion Lebensrecht fur Alle e.V.</data>
<data key='acronym'>ALFA</data>
<data key='location'>Augsburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.alfa-ev.com</data>
<data key='contact'>adressen@alfa-ev.de</data>
<data key='description'>Fights for the right to life, against the abortion and against using embryo research, research at not-consentable patients, clones and euthanasia.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='group'>Federal association life right (BVL).</data>
<data key='esf2'>Paris</data>
</node>
<node id='53'>
<data key='nid'>53</data>
<data key='name'>Aktionsgemeinschaft Arbeitsloser Burger und Burgerinnen e. V.</data>
<data key='acronym'>AGAB</data>
<data key='location'>Bremen</data>
<data key='country'>Germany</data>
<data key='website'>http://www.agab.de</data>
<data key='contact'>kontakt@agab.de</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='54'>
<data key='nid'>54</data>
<data key='name'>AL LEQAA</data>
<data key='acronym'>AL LEQAA</data>
<data key='location'>Beirut</data>
<data key='country'>Lebanon</data>
<data key='website'>na</data>
<data key='contact'>al_leqaa@yahoo.com</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='55'>
<data key='nid'>55</data>
<data key='name'>Alcalde Concello de Vigo</data>
<data key='acronym'>Alcalde Concello de Vigo</data>
<data key='location'>Vigo</data>
<data key='country'>Spain</data>
<data key='website'>http://www.vigo.org</data>
<data key='contact'>vigo@vigo.org</data>
<data key='description'>Mayor/City council Vigo</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='56'>
<data key='nid'>56</data>
<data key='name'>Alcalde de Caracas</data>
<data key='acronym'>Alcalde de Caracas</data>
<data key='location'>Caracas</data>
<data key='country'>Venezuela</data>
<data key='website'>na</data>
<data key='contact'>ctecnica@caracas.gov.ve</data>
<data key='description'>Mayor/City council Caracas</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='57'>
<data key='nid'>57</data>
<data key='name'>Alleanza per un mondo responsabile - Fondazione Mayer FPH</data>
<data key='acronym'>FPH</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.fph.ch</data>
<data key='contact'>paris@fph.fr</data>
<data key='description'>na</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='58'>
<data key='nid'>58</data>
<data key='name'>Alliance for Workers' Liberty</data>
<data key='acronym'>AWL</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.workersliberty.org</data>
<data key='contact'>office@workersliberty.org</data>
<data key='description'>International working class solidarity and socialism</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='59'>
<data key='nid'>59</data>
<data key='name'>Alliance Francophone pour l'Accouchement Respecté</data>
<data key='acronym'>AFAR</data>
<data key='location'>Roumagne</data>
<data key='country'>France</data>
<data key='website'>http://www.fraternet.org/afar/</data>
<data key='contact'>afar@fraternet.org</data>
<data key='description'>AFAR brings together people and non-profit societies involved in the support of, and information about, respected childbirth.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Health</data>
<data key='esf2'>Paris</data>
</node>
<node id='60'>
<data key='nid'>60</data>
<data key='name'>Alternatifs Paris</data>
<data key='acronym'>Alternatifs Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.alternatifs.org</data>
<data key='contact'>contact@alternatifs.org</data>
<data key='description'>We affirm that is possible to build a left alternative for a new society egalitarian, feminist, ecologist and self-management.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>Alternatifs</data>
<data key='esf1'>Firenze</data>
</node>
<node id='61'>
<data key='nid'>61</data>
<data key='name'>Alternatives - All Russians Social Movement</data>
<data key='acronym'>Alternatives - All Russians Social Movement</data>
<data key='location'>Moskva</data>
<data key='country'>Russia</data>
<data key='website'>http://www.Alternativy.ru</data>
<data key='contact'>dhrr@online.ru</data>
<data key='description'>All-Russian Social Movement in the support of the social initiatives, which provides different directions of social, political, educational and research activity</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf3'>London</data>
</node>
<node id='62'>
<data key='nid'>62</data>
<data key='name'>Altrimondi - coordinazione</data>
<data key='acronym'>Altrimondi - coordinazione</data>
<data key='location'>Napoli</data>
<data key='country'>Italy</data>
<data key='website'>http://www.altrimondi.org</data>
<data key='contact'>info@altrimondi.org</data>
<data key='description'>Creative and active association of people of different religion, ethics and political views operating on city, provincial and regional, national, European territory for environment, solidarity and interculturality.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='63'>
<data key='nid'>63</data>
<data key='name'>Altrocomune-Disobbedienti</data>
<data key='acronym'>Altrocomune-Disobbedienti</data>
<data key='location'>Benevento</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>altrocomune@yahoo.it</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='64'>
<data key='nid'>64</data>
<data key='name'>Amal Trust</data>
<data key='acronym'>Amal Trust</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.amaltrust.org</data>
<data key='contact'>info@amaltrust.org</data>
<data key='description'>The Amal Trust (Light of the Youth - LOY) is a youth organisation whose particular aim is to help the wider ethnic minority communities irrespective of their nationality, race, ethnic origin and religious beliefs to access educational social and recreatio</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf3'>London</data>
</node>
<node id='65'>
<data key='nid'>65</data>
<data key='name'>Amani Onlus ONG</data>
<data key='acronym'>Amani</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.amaniforafrica.org</data>
<data key='contact'>amani@amaniforafrica.org</data>
<data key='description'>Amani which in Kiswahili means peace, is a voluntary movement, particularly concerned with helping African populations.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='66'>
<data key='nid'>66</data>
<data key='name'>AMD - Association les Amis du Monde diplomatique</data>
<data key='acronym'>AMD</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.amis.monde-diplomatique.fr</data>
<data key='contact'>amis@monde-diplomatique.fr</data>
<data key='description'>Friends of monthly political review Le Monde diplomatique, promoting a society in the servce of the citizens</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='67'>
<data key='nid'>67</data>
<data key='name'>AMD Madagascar</data>
<data key='acronym'>AMD</data>
<data key='location'>Antananarivo</data>
<data key='country'>Madagascar</data>
<data key='website'>http://www.amis.monde-diplomatique.fr</data>
<data key='contact'>amd-mada@voila.fr</data>
<data key='description'>Friends of monthly political review Le Monde diplomatique</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Media and publications</data>
<data key='group'>AMD</data>
<data key='esf2'>Paris</data>
</node>
<node id='68'>
<data key='nid'>68</data>
<data key='name'>Amitie, solidarite avec le peuple Algerien</data>
<data key='acronym'>ASAPA</data>
<data key='location'>Evry</data>
<data key='country'>France</data>
<data key='website'>http://www.maisondumonde.org</data>
<data key='contact'>asapa@maisondumonde.org</data>
<data key='description'>Solidarity and cooperation with Algerians</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='69'>
<data key='nid'>69</data>
<data key='name'>Amnesty International Italia</data>
<data key='acronym'>AI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.amnesty.it</data>
<data key='contact'>info@amnesty.it</data>
<data key='description'>Italian section of Amnesty International</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='group'>AI</data>
<data key='esf1'>Firenze</data>
</node>
<node id='70'>
<data key='nid'>70</data>
<data key='name'>Angoli di mondo Padova</data>
<data key='acronym'>Angoli di mondo Padova</data>
<data key='location'>Padova</data>
<data key='country'>Italy</data>
<data key='website'>http://www.angolidimondo.it</data>
<data key='contact'>angolidimondo@tin.it</data>
<data key='description'>Distribution of information N-S, equal trade, solidarity world-wide</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='71'>
<data key='nid'>71</data>
<data key='name'>Aniamo la Distanza</data>
<data key='acronym'>Aniamo la Distanza</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.anladi.it</data>
<data key='contact'>anladi@fol.it</data>
<data key='description'>Support for Eritrean children, solidarity, distance adoptions, etc.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='72'>
<data key='nid'>72</data>
<data key='name'>Antagonismo Gay</data>
<data key='acronym'>Antagonismo Gay</data>
<data key='location'>Bologna</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ecn.org/agaybologna</data>
<data key='contact'>agaybologna@ecn.org</data>
<data key='description'>Gay organisation</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='73'>
<data key='nid'>73</data>
<data key='name'>Appel des Cent pour la Paix Marne</data>
<data key='acronym'>Appel des Cent pour la Paix Marne</data>
<data key='location'>Reims</data>
<data key='country'>France</data>
<data key='website'>http://www.webpanache.com/lapaix</data>
<data key='contact'>appelapaix@aol.com</data>
<data key='description'>Promoting peace and nuclear disarmement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='group'>Bureau international de la paix (BIP) Geneve</data>
<data key='esf2'>Paris</data>
</node>
<node id='74'>
<data key='nid'>74</data>
<data key='name'>Appel des Cent pour la Paix Paris</data>
<data key='acronym'>Appel des Cent pour la Paix Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>appeldescent@wanadoo.fr</data>
<data key='description'>peace movement based on 100 nobel prize call for peace in the world</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='75'>
<data key='nid'>75</data>
<data key='name'>Appel des Cent pour la Paix Poitiers</data>
<data key='acronym'>Appel des Cent pour la Paix Poitiers</data>
<data key='location'>Poitiers</data>
<data key='country'>France</data>
<data key='website'>http://www.poitiers.org/fiche.php%3Ffiche_id%3D521%26amp;offset%3D4</data>
<data key='contact'>appeldescent@wanadoo.fr</data>
<data key='description'>Promoting peace and nuclear disarmement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='76'>
<data key='nid'>76</data>
<data key='name'>APPEL POUR UNE INSURRECTION DES CONSCIENCES</data>
<data key='acronym'>APPEL POUR UNE INSURRECTION DES CONSCIENCES</data>
<data key='location'>Les Vans</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.appel-consciences.org</data>
<data key='contact'>secretariat@appel-consciences.org</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='77'>
<data key='nid'>77</data>
<data key='name'>Appropriate Software Foundation</data>
<data key='acronym'>Appropriate Software Foundation</data>
<data key='location'>Cheshire</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.appropriatesoftwarefoundation.org</data>
<data key='contact'>info@appropriatesoftwarefoundation.org</data>
<data key='description'>Software thematic and society of information development</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf2'>Paris</data>
</node>
<node id='78'>
<data key='nid'>78</data>
<data key='name'>Aprile per la sinistra</data>
<data key='acronym'>Aprile per la sinistra</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.aprileperlasinistra.it</data>
<data key='contact'>info@aprile.org</data>
<data key='description'>Association for political-cultural education of citizens</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='79'>
<data key='nid'>79</data>
<data key='name'>Arci - Nuova Associazione Direction national (Associazione Ricreativa Culturale Italiana)</data>
<data key='acronym'>ARCI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arci.it</data>
<data key='contact'>immigrazione@arci.it</data>
<data key='description'>Network of organisations for cultural and social promotion</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='80'>
<data key='nid'>80</data>
<data key='name'>Arci Firenze</data>
<data key='acronym'>ARCI</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arcifirenze.it</data>
<data key='contact'>firenze@arci.it</data>
<data key='description'>Network of organisations for cultural and social promotion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='group'>ARCI</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='81'>
<data key='nid'>81</data>
<data key='name'>Arci Lazio</data>
<data key='acronym'>ARCI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arci.it</data>
<data key='contact'>lazio@arci.it</data>
<data key='description'>Network of organisations for cultural and social promotion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='group'>ARCI</data>
<data key='esf2'>Paris</data>
</node>
<node id='82'>
<data key='nid'>82</data>
<data key='name'>Arci Milano</data>
<data key='acronym'>ARCI</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arci.it/milano</data>
<data key='contact'>milano@arci.it</data>
<data key='description'>Network of organisations for cultural and social promotion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='group'>ARCI</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='83'>
<data key='nid'>83</data>
<data key='name'>Arcidonna Onlus Palermo</data>
<data key='acronym'>Arcidonna Onlus Palermo</data>
<data key='location'>Palermo</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arcidonna.org</data>
<data key='contact'>arcidonna@arcidonna.it</data>
<data key='description'>Promotion of women and combating gender discrimination</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='group'>Arcidonna</data>
<data key='esf1'>Firenze</data>
</node>
<node id='84'>
<data key='nid'>84</data>
<data key='name'>ArciLesbica Milano Zami</data>
<data key='acronym'>ArciLesbica Milano Zami</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arcilesbica.it</data>
<data key='contact'>milano@arcilesbica.it</data>
<data key='description'>Organisation for the protection of lesbians and homosexuals</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='85'>
<data key='nid'>85</data>
<data key='name'>ArciRagazzi - Nazionale</data>
<data key='acronym'>ArciRagazzi - Nazionale</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arciragazzi.it</data>
<data key='contact'>arciragazzifi@tiscalinet.it</data>
<data key='description'>Educational association for promoting children and teenagers.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='86'>
<data key='nid'>86</data>
<data key='name'>ArciRagazzi Firenze</data>
<data key='acronym'>ArciRagazzi Firenze</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arciragazzifi.it</data>
<data key='contact'>arciragazzifi@tiscalinet.it</data>
<data key='description'>Educational association for promoting children and teenagers.</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='87'>
<data key='nid'>87</data>
<data key='name'>Arcobaleno</data>
<data key='acronym'>Arcobaleno</data>
<data key='location'>San Vito dei Normannni</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arcobaleno.br.it</data>
<data key='contact'>info@arcobaleno.br.it</data>
<data key='description'>Cultural activities, leisure and entertainment</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='88'>
<data key='nid'>88</data>
<data key='name'>Assemblee citoyennes des originaires de Turquie</data>
<data key='acronym'>ACORT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cfait.org/_presentation/ACORT.html</data>
<data key='contact'>acort@noos.fr</data>
<data key='description'>It tries to meet the cultural and social needs for the immigrant community of Turkey, defense of the rigthts of Turkish migrants</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='group'>CFAIT - Conseil Francais des Associations d’Immigres de Turquie</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='89'>
<data key='nid'>89</data>
<data key='name'>Association Culturelle des Travailleurs Immigres de Turquie</data>
<data key='acronym'>ACTIT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>mapage.noos.fr/actit</data>
<data key='contact'>actit@noos.fr</data>
<data key='description'>Cultural Association of the Workers Imigrants from Turkey</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='group'>CFAIT - Conseil Francais des Associations d’Immigres de Turquie</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='90'>
<data key='nid'>90</data>
<data key='name'>Association d'aide au developpement Mali</data>
<data key='acronym'>AAD</data>
<data key='location'>Bamako</data>
<data key='country'>Mali</data>
<data key='website'>na</data>
<data key='contact'>sallboutout@yahoo.fr</data>
<data key='description'>Association for promoting peace and economical and environemental sustainable development in Mali</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='91'>
<data key='nid'>91</data>
<data key='name'>Association des Combattants de la Cause Anticoloniale</data>
<data key='acronym'>ACCA</data>
<data key='location'>Malakoff</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>email@email.com</data>
<data key='description'>association against colonialism</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='92'>
<data key='nid'>92</data>
<data key='name'>Association des Etats Generaux des Etudiants de l'Europe</data>
<data key='acronym'>AEGEE</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.aegee.org</data>
<data key='contact'>headoffice@aegee.org</data>
<data key='description'>European interdisciplinary students forum</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='93'>
<data key='nid'>93</data>
<data key='name'>Association des Etudiant(e)s en Histoire Economique et Sociale</data>
<data key='acronym'>AEHES</data>
<data key='location'>Geneva 4</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.unige.ch/ses/aehes.html</data>
<data key='contact'>aehes@hotmail.com</data>
<data key='description'>Support to the students, for a better education</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='94'>
<data key='nid'>94</data>
<data key='name'>Association Europeenne pour la defense des Droits de l’Homme</data>
<data key='acronym'>FIDH-AE</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.fidh-ae.org</data>
<data key='contact'>fidh_ae@yahoo.fr</data>
<data key='description'>EU body of Human Rights associations and leagues</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Human and civil rights</data>
<data key='group'>FIDH</data>
<data key='esf3'>London</data>
</node>
<node id='95'>
<data key='nid'>95</data>
<data key='name'>Association Francaise d'Amitie et de Solidarite avec les Peuples d’Afrique</data>
<data key='acronym'>AFASPA</data>
<data key='location'>Bagnolet</data>
<data key='country'>France</data>
<data key='website'>http://www.afaspa.org</data>
<data key='contact'>afaspa@wanadoo.fr</data>
<data key='description'>Solidarity and friendship with african people, sahara mostly</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='96'>
<data key='nid'>96</data>
<data key='name'>Association Francaise des Organismes de formation et de Recherche en Travail Social</data>
<data key='acronym'>AFORTS</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.aforts.com</data>
<data key='contact'>aforts@aforts.com</data>
<data key='description'>Asociation of social workers and social centers</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf2'>Paris</data>
</node>
<node id='97'>
<data key='nid'>97</data>
<data key='name'>Association francaise des volontaires du Progres</data>
<data key='acronym'>AFVP</data>
<data key='location'>Montlheri</data>
<data key='country'>France</data>
<data key='website'>http://www.avfp.org</data>
<data key='contact'>dg@afvp.org</data>
<data key='description'>AFVP offers young people the opportunity of demonstrating their concrete solidarity with populations in difficulty throughout the world.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='98'>
<data key='nid'>98</data>
<data key='name'>Association France Palestine Solidarité</data>
<data key='acronym'>AFPS</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.france-palestine.org</data>
<data key='contact'>afps@france-palestine.org</data>
<data key='description'>French-Palestinian friendship</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='99'>
<data key='nid'>99</data>
<data key='name'>Association internationale de techniciens, experts et chercheurs</data>
<data key='acronym'>AITEC</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.reseau-ipam.org</data>
<data key='contact'>aitec@reseau-ipam.org</data>
<data key='description'>It gathers experts of various disciplines in the objective to facilitate multi-field exercise in their activities and to promote a reflexion on the social and political implications of these disciplines.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='100'>
<data key='nid'>100</data>
<data key='name'>Association nationale d'assistance aux frontieres pour les etrangers</data>
<data key='acronym'>ANAFE</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.anafe.org</data>
<data key='contact'>contact@anafe.org</data>
<data key='description'>It gathers 17 agencies and trade unions and provides legal assistance to foreigners at the border, especcially to those applying for asylum.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='101'>
<data key='nid'>101</data>
<data key='name'>Association pour l'Employ, l'Information, et la Solidarite de Chomeurs et des Precaires</data>
<data key='acronym'>APEIS</data>
<data key='location'>Vitry sur Seine</data>
<data key='country'>France</data>
<data key='website'>http://www.apeis.org</data>
<data key='contact'>apeis@freesurf.fr</data>
<data key='description'>Association against unemployement and precarity</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='102'>
<data key='nid'>102</data>
<data key='name'>Associations pour un Contrat Mondial de l'Eau</data>
<data key='acronym'>ACME</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.acme-eau.com</data>
<data key='contact'>contact@acme-eau.com</data>
<data key='description'>Association for the defense of water as basic human necessity</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='103'>
<data key='nid'>103</data>
<data key='name'>Associazione Benefica di Solidarieta con il Popolo Palestinese</data>
<data key='acronym'>ABSPP</data>
<data key='location'>Genova</data>
<data key='country'>Italy</data>
<data key='website'>http://www.abspp.org</data>
<data key='contact'>abspp@libero.it</data>
<data key='description'>Provides information, training, support to the Palestine people.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='104'>
<data key='nid'>104</data>
<data key='name'>Associazione Botteghe del Mondo Italia</data>
<data key='acronym'>Associazione Botteghe del Mondo Italia</data>
<data key='location'>Reggio Emilia</data>
<data key='country'>Italy</data>
<data key='website'>http://www.assobdm.it</data>
<data key='contact'>assobdm@tin.it</data>
<data key='description'>fair trade shops in italy</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='105'>
<data key='nid'>105</data>
<data key='name'>Associazione Cultura Turismo Ambiente</data>
<data key='acronym'>ACTA</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.actanet.it/acta/info.htm</data>
<data key='contact'>info@actanet.it</data>
<data key='description'>Multidisciplinary approach in the search and the experimentation of innovative products and services in tourism</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='106'>
<data key='nid'>106</data>
<data key='name'>Associazione di Cooperazione Cristiana Internazionale Trento</data>
<data key='acronym'>ACCRI</data>
<data key='location'>Trieste</data>
<data key='country'>Italy</data>
<data key='website'>http://www.accri.it</data>
<data key='contact'>accritn@arcidiocesi.trento.it</data>
<data key='description'>International cooperation, support for te countries in the South, voluntary service</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='107'>
<data key='nid'>107</data>
<data key='name'>Associazione di Cooperazione Cristiana Internazionale Trieste</data>
<data key='acronym'>ACCRI</data>
<data key='location'>Trento</data>
<data key='country'>Italy</data>
<data key='website'>http://www.accri.it</data>
<data key='contact'>accrits@tiscalinet.it</data>
<data key='description'>International cooperation, support for te countries in the South, voluntary service</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='108'>
<data key='nid'>108</data>
<data key='name'>Associazione Difesa Utenti Servizi Bancari Finanziari Assicurativi Postali</data>
<data key='acronym'>ADUSBEF</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.adusbef.it</data>
<data key='contact'>info@adusbef.it</data>
<data key='description'>Protect the users of Financial and Postal Services</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='109'>
<data key='nid'>109</data>
<data key='name'>Associazione internazionale di amicizia e solidarieta' con i popoli</data>
<data key='acronym'>AIASP</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://web.tiscali.it/aiasp</data>
<data key='contact'>aiasp@tiscalinet.it</data>
<data key='description'>na</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='110'>
<data key='nid'>110</data>
<data key='name'>Associazione Nazionale dei Comuni Italiani Firenze - Consulta Immigrazione</data>
<data key='acronym'>ANCI</data>
<data key='location'>Prato</data>
<data key='country'>Italy</data>
<data key='website'>http://www.anci-toscana.it</data>
<data key='contact'>posta@anci-toscana.it</data>
<data key='description'>Representation and protection of the local authorities recognized by the Constitution and of the rights and interests of the supporters.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='111'>
<data key='nid'>111</data>
<data key='name'>Associazione Per Promuovere La Legalita'. Firenze</data>
<data key='acronym'>APPLE</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>soalinux.comune.firenze.it/apple/Index.htm</data>
<data key='contact'>apple@soalinux.comune.firenze.it</data>
<data key='description'>Association against mafia, for the education for democracy.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='112'>
<data key='nid'>112</data>
<data key='name'>Associazione per un consumo etico e consapevole</data>
<data key='acronym'>ACEC</data>
<data key='location'>Cologno Monzese</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>consumi_etici@edv.it</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='113'>
<data key='nid'>113</data>
<data key='name'>Associazioni Cristiane Lavoratori Italiani</data>
<data key='acronym'>ACLI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.acli.it</data>
<data key='contact'>acli@acli.it</data>
<data key='description'>It is founded on the evangelical message and the education of the Church towards the promotion of the workers and for a society in which they are insured persons, according to democracy and justice, the integral development of every person.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>Tavola della Pace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='114'>
<data key='nid'>114</data>
<data key='name'>ATTAC Belgium Vlaanderen</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Gent</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.attac.be</data>
<data key='contact'>vlaanderen@attac.be</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='115'>
<data key='nid'>115</data>
<data key='name'>ATTAC Finland Suomi</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Helsinki</data>
<data key='country'>Finland</data>
<data key='website'>http://www.attac.kaapeli.fi</data>
<data key='contact'>attac@kaapeli.fi</data>
<data key='description'>Attac-Finland is part of global Attac network.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='116'>
<data key='nid'>116</data>
<data key='name'>ATTAC France</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.france.attac.org</data>
<data key='contact'>attacfr@attac.org</data>
<data key='description'>Association and movement for popular education and adoption of the tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='117'>
<data key='nid'>117</data>
<data key='name'>ATTAC France 04</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Forcalquier</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>attac04@attac.org</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='118'>
<data key='nid'>118</data>
<data key='name'>ATTAC France 29</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Quimper</data>
<data key='country'>France</data>
<data key='website'>http://www.local.attac.org/finistere</data>
<data key='contact'>finistere@attac.org</data>
<data key='description'>Tobin tax in Bretagne</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='119'>
<data key='nid'>119</data>
<data key='name'>ATTAC France 44</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>http://www.local.attac.org/attac44/</data>
<data key='contact'>attac44@attac.org</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='120'>
<data key='nid'>120</data>
<data key='name'>ATTAC France Aube</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Troyes</data>
<data key='country'>France</data>
<data key='website'>http://www.local.attac.org/aube</data>
<data key='contact'>aube@attac.org</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='121'>
<data key='nid'>121</data>
<data key='name'>ATTAC France Marseille</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Marseille</data>
<data key='country'>France</data>
<data key='website'>http://www.local.attac.org/13/marseille</data>
<data key='contact'>accueil.marseille@attac.org</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='122'>
<data key='nid'>122</data>
<data key='name'>ATTAC France Roannais</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Roanne</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>loire@attac.org</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='123'>
<data key='nid'>123</data>
<data key='name'>ATTAC Germany</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Frankfurt am Main</data>
<data key='country'>Germany</data>
<data key='website'>http://www.attac.de</data>
<data key='contact'>info@attac.de</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='124'>
<data key='nid'>124</data>
<data key='name'>ATTAC Hungary</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Budapest</data>
<data key='country'>Hungary</data>
<data key='website'>http://www.attac.hu</data>
<data key='contact'>attac_egyesulet@freemail.hu</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='125'>
<data key='nid'>125</data>
<data key='name'>ATTAC Maroc groupe Benimellal</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Beni Mellal</data>
<data key='country'>Maroc</data>
<data key='website'>na</data>
<data key='contact'>attac.benimellal@caramail.com</data>
<data key='description'>working around water thematics, protection and public water for everybody</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='126'>
<data key='nid'>126</data>
<data key='name'>ATTAC Norway</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Oslo</data>
<data key='country'>Norway</data>
<data key='website'>http://www.attac.no</data>
<data key='contact'>attac@attac.no</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='127'>
<data key='nid'>127</data>
<data key='name'>ATTAC Poland Warszawa</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Warsaw</data>
<data key='country'>Poland</data>
<data key='website'>http://www.republika.pl/attac/</data>
<data key='contact'>attac@poczta.onet.pl</data>
<data key='description'>ATTAC Warszawa is a part of the world ATTAC network. We are mostly young people fighting against  the neoliberalism. We offer a lot of lectures, film-sessions etc. open to the public and we believe that we are an important part of the alterglobalisation m</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='128'>
<data key='nid'>128</data>
<data key='name'>ATTAC Romania</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Bucuresti</data>
<data key='country'>Romania</data>
<data key='website'>http://www.attac.ro</data>
<data key='contact'>attac@attac.ro</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='129'>
<data key='nid'>129</data>
<data key='name'>ATTAC Suisse/Schweiz/Svizzera</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Lausanne</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.suisse.attac.org</data>
<data key='contact'>suisse@attac.org</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='130'>
<data key='nid'>130</data>
<data key='name'>ATTAC Sweden (Sverige Stockholm)</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Stockholm</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.attac.se</data>
<data key='contact'>info@attac.se</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='131'>
<data key='nid'>131</data>
<data key='name'>ATTAC Tunisie - Raid jeunes</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Soliman</data>
<data key='country'>Tunisia</data>
<data key='website'>na</data>
<data key='contact'>raid.attac@voila.fr</data>
<data key='description'>Tunisian section of ATTAC</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='132'>
<data key='nid'>132</data>
<data key='name'>Autonoom Centrum</data>
<data key='acronym'>AC</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.xs4all.nl/~ac/</data>
<data key='contact'>ac@xs4all.nl</data>
<data key='description'>fighting against borders</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='133'>
<data key='nid'>133</data>
<data key='name'>CADTM - Committee for the Abolition of the Third World Debt - International</data>
<data key='acronym'>CADTM</data>
<data key='location'>Liege</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.cadtm.org</data>
<data key='contact'>international@cadtm.org</data>
<data key='description'>Committee for the annulation of the 3rd world debt</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='134'>
<data key='nid'>134</data>
<data key='name'>CADTM Belgium</data>
<data key='acronym'>CADTM</data>
<data key='location'>Liege</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.cadtm.org</data>
<data key='contact'>belgique@cadtm.org</data>
<data key='description'>Committee for the annulation of the 3rd world debt</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='135'>
<data key='nid'>135</data>
<data key='name'>CADTM France – Comité pour l’annulation de la dette du tiers-monde</data>
<data key='acronym'>CADTM</data>
<data key='location'>Jargeau</data>
<data key='country'>France</data>
<data key='website'>http://www.cadtm.org</data>
<data key='contact'>france@cadtm.org</data>
<data key='description'>Committee for the annulation of the 3rd world debt</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='136'>
<data key='nid'>136</data>
<data key='name'>Camara Municipal de Palmela</data>
<data key='acronym'>Camara Municipal de Palmela</data>
<data key='location'>Palmela</data>
<data key='country'>Portugal</data>
<data key='website'>na</data>
<data key='contact'>cmp.divcultural@mail.telepac.pt</data>
<data key='description'>na</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='137'>
<data key='nid'>137</data>
<data key='name'>Camara Municipal de Setubal</data>
<data key='acronym'>Camara Municipal de Setubal</data>
<data key='location'>Setubal</data>
<data key='country'>Portugal</data>
<data key='website'>http://www.mun-setubal.pt</data>
<data key='contact'>susana.nascimento@mun-setubal.pt</data>
<data key='description'>Portuguese local authority</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='138'>
<data key='nid'>138</data>
<data key='name'>Campagne civile internationales pour la protection du peuple palestinien</data>
<data key='acronym'>CCIPPP</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.protection-palestine.org</data>
<data key='contact'>ccippp@club-internet.fr</data>
<data key='description'>Friendship and solidarity with palestinian people</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='139'>
<data key='nid'>139</data>
<data key='name'>CC.OO. - Comisiones Obreras</data>
<data key='acronym'>CC.OO.</data>
<data key='location'>Madrid</data>
<data key='country'>Spain</data>
<data key='website'>http://www.ccoo.es</data>
<data key='contact'>bcastillo@ccoo.es</data>
<data key='description'>Spanish trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='140'>
<data key='nid'>140</data>
<data key='name'>CCFD - Comité Catholique contre la Faim et pour le Developpement</data>
<data key='acronym'>CCFD</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ccfd.asso.fr</data>
<data key='contact'>ccfd@ccfd.asso.fr</data>
<data key='description'>ONG catholic for international development</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
</node>
<node id='141'>
<data key='nid'>141</data>
<data key='name'>CCFD 75</data>
<data key='acronym'>CCFD</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ccfd.asso.fr</data>
<data key='contact'>ccfd75@ccfd.asso.fr</data>
<data key='description'>CCFD catholic committee of Paris</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
</node>
<node id='142'>
<data key='nid'>142</data>
<data key='name'>CCFD 94</data>
<data key='acronym'>CCFD</data>
<data key='location'>Maisons-Alfort</data>
<data key='country'>France</data>
<data key='website'>http://www.ccfd.asso.fr</data>
<data key='contact'>Comite-Diocesain-Val-de-Marne.CCFD@wanadoo.fr</data>
<data key='description'>Regional Délégation of catholic committee against hunger and for development</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
</node>
<node id='143'>
<data key='nid'>143</data>
<data key='name'>CCFD Lille</data>
<data key='acronym'>CCFD</data>
<data key='location'>Lille</data>
<data key='country'>France</data>
<data key='website'>http://www.fraternet.org/ccfd/</data>
<data key='contact'>ccfd59.lille@ccfd.asso.fr</data>
<data key='description'>catholic movement against poverty and hunger</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
</node>
<node id='144'>
<data key='nid'>144</data>
<data key='name'>Centre des jeunes dirigeants et des acteurs de l'economie sociale</data>
<data key='acronym'>CJDES</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cjdes.org</data>
<data key='contact'>cjdes@wanadoo.fr</data>
<data key='description'>CJDES is a group for managers of co-operatives, associations, mutuals wishing to combine a social project with economic efficiency</data>
<data key='type'>Co-operative</data>
<data key='image'>images/Co-operative.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf2'>Paris</data>
</node>
<node id='145'>
<data key='nid'>145</data>
<data key='name'>Centre Interdisciplinaire de Recherches sur la Paix et d'Etudes Strategiques</data>
<data key='acronym'>CIRPES</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ehess.fr/cirpes/</data>
<data key='contact'>cirpes@ehess.fr</data>
<data key='description'>Research laboratory about peace and strategic studies</data>
<data key='type'>Research or documentation entity</data>
<data key='image'>images/Research-or-documentation-entity.png</data>
<data key='theme'>Research</data>
<data key='esf2'>Paris</data>
</node>
<node id='146'>
<data key='nid'>146</data>
<data key='name'>Centre Internacional Escarre per a les Minories Etniques i les Nacions - Conferencia de Nacions Sense Estat d'Europa</data>
<data key='acronym'>CIEMEN - CONSEU</data>
<data key='location'>Barcelona</data>
<data key='country'>Spain</data>
<data key='website'>http://www.ciemen.org</data>
<data key='contact'>ciemen@ciemen.org</data>
<data key='description'>Solidarity with ethnic minorities, working for their recognition</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='147'>
<data key='nid'>147</data>
<data key='name'>Centre National d'Information Independante sur les Dechets</data>
<data key='acronym'>CNIID</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cniid.org</data>
<data key='contact'>info@cniid.org</data>
<data key='description'>National association that studies in a autonomous way the wastes and toxic or not scraps</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='148'>
<data key='nid'>148</data>
<data key='name'>Centro de Estudios Rurales y de Agricultura Internacional</data>
<data key='acronym'>CERAI</data>
<data key='location'>Valencia</data>
<data key='country'>Spain</data>
<data key='website'>http://www.cerai.es</data>
<data key='contact'>administracion@cerai.es</data>
<data key='description'>participative democracy and development ecologic of rural areas</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='149'>
<data key='nid'>149</data>
<data key='name'>CFDT - Confederation Francaise Democratique de Travail</data>
<data key='acronym'>CFDT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cfdt.fr</data>
<data key='contact'>international@cfdt.fr</data>
<data key='description'>French Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='150'>
<data key='nid'>150</data>
<data key='name'>CFDT Federation des SGEN</data>
<data key='acronym'>CFDT Federation des SGEN</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sgen-cfdt.org</data>
<data key='contact'>fede@sgen-cfdt.org</data>
<data key='description'>Trade union of workers of education and public search</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='151'>
<data key='nid'>151</data>
<data key='name'>CFDT UD 13 Bouches du Rhone</data>
<data key='acronym'>CFDT UD 13 Bouches du Rhone</data>
<data key='location'>Marseille</data>
<data key='country'>France</data>
<data key='website'>perso.wanadoo.fr/cfdt-ud13/</data>
<data key='contact'>udcfdt13@wanadoo.fr</data>
<data key='description'>French Trade union local department</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='152'>
<data key='nid'>152</data>
<data key='name'>CFDT UD 93 Seine - Saint Denis</data>
<data key='acronym'>CFDT UD 93 Seine - Saint Denis</data>
<data key='location'>Bobigny</data>
<data key='country'>France</data>
<data key='website'>perso.club-internet.fr/cfdtud93/</data>
<data key='contact'>cfdtud93@club-internet.fr</data>
<data key='description'>French Trade union local department</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='153'>
<data key='nid'>153</data>
<data key='name'>CFDT Union federale equipement</data>
<data key='acronym'>CFDT Union federale equipement</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ufe-cfdt.org</data>
<data key='contact'>cfdt.syndicat@i-carre.net</data>
<data key='description'>Ministry for the equipment trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='154'>
<data key='nid'>154</data>
<data key='name'>CGIL - Confederazione Generale Italiana del Lavoro</data>
<data key='acronym'>CGIL</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.cgil.it</data>
<data key='contact'>info@cgil.it</data>
<data key='description'>Trade Union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='155'>
<data key='nid'>155</data>
<data key='name'>CGIL FIOM - Federazione Impiegati Operai Metallurgici</data>
<data key='acronym'>CGIL FIOM - Federazione Impiegati Operai Metallurgici</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.fiom.cgil.it</data>
<data key='contact'>internazionale@fiom.cgil.it</data>
<data key='description'>Italian trade union of mettalurgy's workers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGIL</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='156'>
<data key='nid'>156</data>
<data key='name'>CGT – Confederation generale du travail</data>
<data key='acronym'>CGT</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr</data>
<data key='contact'>internat@cgt.fr</data>
<data key='description'>National trade Union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='157'>
<data key='nid'>157</data>
<data key='name'>CGT 77 Union departementale de Seine et Marne</data>
<data key='acronym'>CGT 77 Union departementale de Seine et Marne</data>
<data key='location'>Melun</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr</data>
<data key='contact'>udcgt77@wanadoo.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='158'>
<data key='nid'>158</data>
<data key='name'>CGT 78 Union Departementale des Yvelines</data>
<data key='acronym'>CGT 78 Union Departementale des Yvelines</data>
<data key='location'>Trappes</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr</data>
<data key='contact'>ud78@cgt.fr</data>
<data key='description'>Local professionnal trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='159'>
<data key='nid'>159</data>
<data key='name'>CGT 92 Union departementale des Hauts de Seine</data>
<data key='acronym'>CGT 92 Union departementale des Hauts de Seine</data>
<data key='location'>Nanterre</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr</data>
<data key='contact'>cgt.ud92@wanadoo.fr</data>
<data key='description'>Union des syndicats CGT des Hauts de seine</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='160'>
<data key='nid'>160</data>
<data key='name'>CGT 93 Union departementale</data>
<data key='acronym'>CGT 93 Union departementale</data>
<data key='location'>Bobigny</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr</data>
<data key='contact'>udcgt93@wanadoo.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='161'>
<data key='nid'>161</data>
<data key='name'>CGT 94 Union Departementale Val de Marne</data>
<data key='acronym'>CGT 94 Union Departementale Val de Marne</data>
<data key='location'>Creteil</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>com.inter@cgt94.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='162'>
<data key='nid'>162</data>
<data key='name'>CGT EDF-GDF Loire</data>
<data key='acronym'>CGT EDF-GDF Loire</data>
<data key='location'>St Etienne</data>
<data key='country'>France</data>
<data key='website'>http://www.edf-gdf-loire-cgt.com</data>
<data key='contact'>synd-cgt-egs-loire@wanadoo.fr</data>
<data key='description'>Trade Union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='163'>
<data key='nid'>163</data>
<data key='name'>CGT Federation des cheminots</data>
<data key='acronym'>CGT Federation des cheminots</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.cheminotcgt.fr</data>
<data key='contact'>inter@cheminotcgt.fr</data>
<data key='description'>Trade union railway's workers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='164'>
<data key='nid'>164</data>
<data key='name'>CGT Federation des finances</data>
<data key='acronym'>CGT Federation des finances</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.finances.cgt.fr</data>
<data key='contact'>finances@cgt.fr</data>
<data key='description'>Financial workers trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='165'>
<data key='nid'>165</data>
<data key='name'>CGT Federation nationale agroalimentaire et forestiere</data>
<data key='acronym'>CGT Federation nationale agroalimentaire et forestiere</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fnaf@fnaf.cgt.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='166'>
<data key='nid'>166</data>
<data key='name'>CGT Federation nationale du personnel des secteurs financiers</data>
<data key='acronym'>CGT Federation nationale du personnel des secteurs financiers</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.fnpsf.cgt.fr</data>
<data key='contact'>fnpsf@cgt.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='167'>
<data key='nid'>167</data>
<data key='name'>CGT FNME - Federation nationale des mines et de l'energie</data>
<data key='acronym'>CGT FNME - Federation nationale des mines et de l'energie</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.fnme-cgt.fr</data>
<data key='contact'>fnme@fnme-cgt.fr</data>
<data key='description'>Trade union mine's and energy workers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='168'>
<data key='nid'>168</data>
<data key='name'>CGT FTM - Federation des Travailleurs de la Metallurgie</data>
<data key='acronym'>CGT FTM - Federation des Travailleurs de la Metallurgie</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.ftm-cgt.fr</data>
<data key='contact'>ftm.cgt.inter@wanadoo.fr</data>
<data key='description'>Metallurgy Trade Union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='169'>
<data key='nid'>169</data>
<data key='name'>CGT Jeunes</data>
<data key='acronym'>CGT Jeunes</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt.fr/jeunes</data>
<data key='contact'>jeunes@cgt.fr</data>
<data key='description'>Youth CGT trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='170'>
<data key='nid'>170</data>
<data key='name'>CGT PTT Federation</data>
<data key='acronym'>CGT PTT Federation</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt-ptt.fr</data>
<data key='contact'>cgt-ptt.inter@wanadoo.fr</data>
<data key='description'>Trade union of workers of public French postal service</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='171'>
<data key='nid'>171</data>
<data key='name'>CGT SDEN CGT 75 Paris</data>
<data key='acronym'>CGT SDEN CGT 75 Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sden75@wanadoo.fr</data>
<data key='description'>Education section of the French trade union CGT, local branch.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='172'>
<data key='nid'>172</data>
<data key='name'>CGT SDEN Syndicat departemental de l'education national CGT 93</data>
<data key='acronym'>CGT SDEN Syndicat departemental de l'education national CGT 93</data>
<data key='location'>Saint Denis</data>
<data key='country'>France</data>
<data key='website'>cgteduc93.free.fr</data>
<data key='contact'>sdencgt93@free.fr</data>
<data key='description'>Education section of the French trade union CGT, local branch.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='173'>
<data key='nid'>173</data>
<data key='name'>CGT SNTRS</data>
<data key='acronym'>CGT SNTRS</data>
<data key='location'>Villejuif</data>
<data key='country'>France</data>
<data key='website'>sntrs.free.fr/</data>
<data key='contact'>sntrs-cgt-bn@vjf.cnrs.fr</data>
<data key='description'>Scientifical public searchers trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='174'>
<data key='nid'>174</data>
<data key='name'>CGT Syndicat francais des artistes</data>
<data key='acronym'>CGT Syndicat francais des artistes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sfa-cgt.fr</data>
<data key='contact'>delegation@sfa-cgt.fr</data>
<data key='description'>Artists tarde union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='175'>
<data key='nid'>175</data>
<data key='name'>CGT Territoriaux Villejuif</data>
<data key='acronym'>CGT Territoriaux Villejuif</data>
<data key='location'>Villejuif</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>cgt-villejuif@wanadoo.fr</data>
<data key='description'>Tout passe par la lutte</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='176'>
<data key='nid'>176</data>
<data key='name'>CGT UD 30 Gard</data>
<data key='acronym'>CGT UD 30 Gard</data>
<data key='location'>Nimes</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>ud30@cgt.fr</data>
<data key='description'>French Trade union local department</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf1'>Firenze</data>
</node>
<node id='177'>
<data key='nid'>177</data>
<data key='name'>CGT UD 91 ESSONNE</data>
<data key='acronym'>CGT UD 91 ESSONNE</data>
<data key='location'>Evry</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>ud91@cgt.fr</data>
<data key='description'>French Trade union local department</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='178'>
<data key='nid'>178</data>
<data key='name'>CGT Union departementale  Paris</data>
<data key='acronym'>CGT Union departementale  Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>cgt.paris@wanadoo.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='179'>
<data key='nid'>179</data>
<data key='name'>CGT URIF Union regionale d’Ile de France</data>
<data key='acronym'>CGT URIF Union regionale d’Ile de France</data>
<data key='location'>Montreuil</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>urif@cgt.fr</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='180'>
<data key='nid'>180</data>
<data key='name'>Chicago's International Model United Nations</data>
<data key='acronym'>CIMUN</data>
<data key='location'>Abidjan</data>
<data key='country'>Cote d'Ivoire</data>
<data key='website'>cimun.org</data>
<data key='contact'>cimun@canada.com</data>
<data key='description'>Cote d'Ivoire Model united nations is an organisation that works at a local level to develop ideals of the united nations</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='esf2'>Paris</data>
</node>
<node id='181'>
<data key='nid'>181</data>
<data key='name'>CIMADE - Comité Inter-Mouvements Aupres Des Evacues / Service Oecumenique d'Entraide</data>
<data key='acronym'>CIMADE</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cimade.org</data>
<data key='contact'>contact@cimade.org</data>
<data key='description'>Mission: to accommodate, direct  and defend the foreigners cofronted with administrative difficulties</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='182'>
<data key='nid'>182</data>
<data key='name'>Cinema Public</data>
<data key='acronym'>Cinema Public</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cineastes.net/textes/cinema-public.html</data>
<data key='contact'>cineju94@club-internet.fr</data>
<data key='description'>Association of movies theatres and movies festivals</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf2'>Paris</data>
</node>
<node id='183'>
<data key='nid'>183</data>
<data key='name'>Citoyens et Initiatives pour la Vie Locale, l'Insertion sur le Territoire et l'Economie Solidaire</data>
<data key='acronym'>CIVILITES</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>civilites@infonie.fr</data>
<data key='description'>Solidar economy and sustainable development</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Community and local development</data>
<data key='group'>IRES - L'inter-réseaux de l'économie solidaire</data>
<data key='esf2'>Paris</data>
</node>
<node id='184'>
<data key='nid'>184</data>
<data key='name'>Civil Society Contact Group/Act4europe campaign</data>
<data key='acronym'>CSCG</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.act4europe.org</data>
<data key='contact'>coordinator@act4europe.org</data>
<data key='description'>Civil Society Contact Group is the largest NGO and Trade Union organisation that brings together the four policy NGO sectors - human rights, environment, social, development - and the ETUC.</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='esf2'>Paris</data>
</node>
<node id='185'>
<data key='nid'>185</data>
<data key='name'>Climate Action Network Europe</data>
<data key='acronym'>CANE</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.climnet.org</data>
<data key='contact'>info@climnet.org</data>
<data key='description'>CAN-Europe is the European node of a network of NGOs working on climate change related issues</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='group'>CAN</data>
<data key='esf2'>Paris</data>
</node>
<node id='186'>
<data key='nid'>186</data>
<data key='name'>CO.BAS  Sindicato de Comisiones de Base</data>
<data key='acronym'>CO.BAS</data>
<data key='location'>Barcelona</data>
<data key='country'>Spain</data>
<data key='website'>http://www.sindicatocobas.org</data>
<data key='contact'>933002939@telefonica.net</data>
<data key='description'>Alternative and democratic trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='187'>
<data key='nid'>187</data>
<data key='name'>Coalition Internationale Contre la Guerre</data>
<data key='acronym'>CICG</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>cicg.free.fr</data>
<data key='contact'>cicg@free.fr</data>
<data key='description'>Coalition against war</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='188'>
<data key='nid'>188</data>
<data key='name'>Cobas Confederatione</data>
<data key='acronym'>COBAS</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.cobas.it</data>
<data key='contact'>cobas@cobas.it</data>
<data key='description'>na</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='189'>
<data key='nid'>189</data>
<data key='name'>Coleres du present</data>
<data key='acronym'>Coleres du present</data>
<data key='location'>Beaurains</data>
<data key='country'>France</data>
<data key='website'>http://www.coleresdupresent.com</data>
<data key='contact'>contact@coleresdupresent.com</data>
<data key='description'>Promotion of popular literature and cultural expression against social exclusion</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf2'>Paris</data>
</node>
<node id='190'>
<data key='nid'>190</data>
<data key='name'>Collectif - De l'ethique sur l'etiquette</data>
<data key='acronym'>Collectif - De l'ethique sur l'etiquette</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ethique-sur-etiquette.org</data>
<data key='contact'>info@ethique-sur-etiquette.org</data>
<data key='description'>Collective of associations and trade unions against laboral exploitation in clothes production</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='191'>
<data key='nid'>191</data>
<data key='name'>Collectif d'Information et de Recherche Cannabique Paris</data>
<data key='acronym'>CIRC</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.circ-asso.net</data>
<data key='contact'>circparis@circ-asso.net</data>
<data key='description'>Information, studies and research for promoting the legalisation of cannabis</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
</node>
<node id='192'>
<data key='nid'>192</data>
<data key='name'>Collectif FSE Saint-Denis</data>
<data key='acronym'>Collectif FSE Saint-Denis</data>
<data key='location'>Saint-Denis</data>
<data key='country'>France</data>
<data key='website'>http://www.fslsd.ras.eu.org</data>
<data key='contact'>fsesaintdenis@club-internet.fr</data>
<data key='description'>Group from Saint Denis to help organize ESF Paris 2003</data>
<data key='type'>Social Forum preparatory working group</data>
<data key='image'>images/Social-Forum-preparatory-working-group.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='193'>
<data key='nid'>193</data>
<data key='name'>Collectif Haiti de France</data>
<data key='acronym'>Collectif Haiti de France</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>haitiensenfrance.online.fr/asso-CHF.htm</data>
<data key='contact'>haitiensenfrance@online.fr</data>
<data key='description'>Solidarity and friendship with Haiti</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='194'>
<data key='nid'>194</data>
<data key='name'>Collectif interassociatif: Participation : pourquoi (??)</data>
<data key='acronym'>Collectif interassociatif: Participation : pourquoi (??)</data>
<data key='location'>Gagny</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fdcs93@wanadoo.fr</data>
<data key='description'>10 associations meets in this collective for ?</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='esf2'>Paris</data>
</node>
<node id='195'>
<data key='nid'>195</data>
<data key='name'>Collectif jeunes pour un autre monde</data>
<data key='acronym'>PAM</data>
<data key='location'>Aix-en-Provence</data>
<data key='country'>France</data>
<data key='website'>collectifpam.free.fr</data>
<data key='contact'>collectifpam@free.fr</data>
<data key='description'>Youth collective for another world full of peace</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='196'>
<data key='nid'>196</data>
<data key='name'>Collectif National Droits des Femmes</data>
<data key='acronym'>CNDF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cndf.ras.eu.org</data>
<data key='contact'>colcadac@club-internet.fr</data>
<data key='description'>Networw of organisations active in women and human rights. It fights on all the grounds where the women suffer from discriminations and uneven treatment, violences, failure to their dignity.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='197'>
<data key='nid'>197</data>
<data key='name'>Collectif Plus Jamais Ni ici ni ailleurs</data>
<data key='acronym'>Collectif Plus Jamais Ni ici ni ailleurs</data>
<data key='location'>Toulouse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>pjcnina.cdp@wanadoo.fr</data>
<data key='description'>Platform of local associations from Toulouse to stop catastrophes like the explosion of the industrial fabric AZF</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='198'>
<data key='nid'>198</data>
<data key='name'>Collectif pour la Citoyennete et les Droits Fondamentaux</data>
<data key='acronym'>CCDF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>ccdf@ldh-france.org</data>
<data key='description'>Platform of different organisations fighting for the human rights anywhere</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Human and civil rights</data>
<data key='group'>LDH</data>
<data key='esf2'>Paris</data>
</node>
<node id='199'>
<data key='nid'>199</data>
<data key='name'>Combat face au sida</data>
<data key='acronym'>Combat face au sida</data>
<data key='location'>Saint-Denis</data>
<data key='country'>France</data>
<data key='website'>http://www.vih.org/combat/</data>
<data key='contact'>combat@vih.org</data>
<data key='description'>Internet magazine for fighting AIDS and bad public services for the prevention of the disease</data>
<data key='type'>Publisher</data>
<data key='image'>images/Publisher.png</data>
<data key='theme'>Health</data>
<data key='esf2'>Paris</data>
</node>
<node id='200'>
<data key='nid'>200</data>
<data key='name'>CoMedia</data>
<data key='acronym'>CoMedia</data>
<data key='location'>Berne</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.comedia.ch</data>
<data key='contact'>zentralsekretariat@comedia.ch</data>
<data key='description'>The Swiss media trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='201'>
<data key='nid'>201</data>
<data key='name'>Comitato Difesa Lavoratori delle Cooperative</data>
<data key='acronym'>CDLC</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ecn.org/cdlc/</data>
<data key='contact'>cdlc_99@hotmail.com</data>
<data key='description'>Trade union for the defense of the cooperatives workers in the province of Florence</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='202'>
<data key='nid'>202</data>
<data key='name'>Comité d'information et de mobilisation pour l'emploi</data>
<data key='acronym'>CIME</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cime.asso.fr</data>
<data key='contact'>cime@cime.asso.fr</data>
<data key='description'>Association helping creation of jobs, professional formations and little enterprises</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>BALISE</data>
<data key='esf2'>Paris</data>
</node>
<node id='203'>
<data key='nid'>203</data>
<data key='name'>Comité d'organisation du Forum social Pays Basque</data>
<data key='acronym'>Comité d'organisation du Forum social Pays Basque</data>
<data key='location'>Bayon</data>
<data key='country'>France</data>
<data key='website'>http://www.forumsocialpaysbasque.org</data>
<data key='contact'>forumsocialpaysbasque@yahoo.fr</data>
<data key='description'>Commitee for the organisation of the regional Basc forum</data>
<data key='type'>Social Forum preparatory working group</data>
<data key='image'>images/Social-Forum-preparatory-working-group.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='204'>
<data key='nid'>204</data>
<data key='name'>Comité Europeen Droit Ethique et Psychiatrie</data>
<data key='acronym'>CEDEP</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.vvgg.be/CEDEP</data>
<data key='contact'>cedep.paris@wanadoo.fr</data>
<data key='description'>European commitee of ethic, right and psychiatry</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Health</data>
<data key='esf2'>Paris</data>
</node>
<node id='205'>
<data key='nid'>205</data>
<data key='name'>Comité National de Liaisons des Regies de Quartier</data>
<data key='acronym'>CNLRQ</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cnlrq.org</data>
<data key='contact'>accueil@cnlrq.org</data>
<data key='description'>National center for the coordination of the administration of the neighbourhoods</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Community and local development</data>
<data key='esf2'>Paris</data>
</node>
<node id='206'>
<data key='nid'>206</data>
<data key='name'>Comité pour les relations nationales et internationales des association de jeunesse et d'education populaire</data>
<data key='acronym'>CNAJEP</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.educ-pop.org/74</data>
<data key='contact'>cnajep@cnajep.asso.fr</data>
<data key='description'>Committee for national and international relations between youth movements and associations</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>Education</data>
<data key='esf2'>Paris</data>
</node>
<node id='207'>
<data key='nid'>207</data>
<data key='name'>Communist Party of Great Britain</data>
<data key='acronym'>CPGB</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.cpgb.org.uk</data>
<data key='contact'>office@cpgb.org.uk</data>
<data key='description'>na</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='208'>
<data key='nid'>208</data>
<data key='name'>Confederacion Intersindical Galega</data>
<data key='acronym'>CIG</data>
<data key='location'>Vigo</data>
<data key='country'>Spain</data>
<data key='website'>http://www.galizacig.com</data>
<data key='contact'>cig.internacional@galizacig.com</data>
<data key='description'>Central Trade Union in Galicia which defends the national identity of Galiza, practice solidarity and internationalism, considers as basic principles the democracy and participation and respects pluralism.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='209'>
<data key='nid'>209</data>
<data key='name'>Confederation europeenne des coop de production</data>
<data key='acronym'>CECOP</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.cecop.org</data>
<data key='contact'>cecop@cecop.org</data>
<data key='description'>European Confederation of Workers’ of cooperatives and participative enterprises</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='210'>
<data key='nid'>210</data>
<data key='name'>Confederation Nationale du Logement</data>
<data key='acronym'>CNL</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.lacnl.com</data>
<data key='contact'>cnl@lacnl.com</data>
<data key='description'>Regional federation for lodging and protection of exclusion in the accomodation</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Housing</data>
<data key='group'>l'Union internationale des locataires, ou encore International Union of Tenants (IUT)</data>
<data key='esf2'>Paris</data>
</node>
<node id='211'>
<data key='nid'>211</data>
<data key='name'>Confederation Nationale du Logement 93</data>
<data key='acronym'>CNL 93</data>
<data key='location'>Drancy</data>
<data key='country'>France</data>
<data key='website'>http://www.lacnl.com</data>
<data key='contact'>cnl93@wanadoo.fr</data>
<data key='description'>Local branch of the Regional federation for lodging and protection of exclusion in the accomodation</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Housing</data>
<data key='group'>CNL</data>
<data key='esf2'>Paris</data>
</node>
<node id='212'>
<data key='nid'>212</data>
<data key='name'>Consommation Logement et Cadre de Vie - Union Departementale 93</data>
<data key='acronym'>CLCV</data>
<data key='location'>Livry Gargan</data>
<data key='country'>France</data>
<data key='website'>http://www.clcv.org</data>
<data key='contact'>communication@clcv.org</data>
<data key='description'>Association for the defense of consumers, locators and environment</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Housing</data>
<data key='esf2'>Paris</data>
</node>
<node id='213'>
<data key='nid'>213</data>
<data key='name'>CUB - Confederazione Unitaria di Base</data>
<data key='acronym'>CUB - Confederazione Unitaria di Base</data>
<data key='location'>Milan</data>
<data key='country'>Italy</data>
<data key='website'>http://www.cub.it</data>
<data key='contact'>cubsf@interfree.it</data>
<data key='description'>Italian trade union confederation</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='214'>
<data key='nid'>214</data>
<data key='name'>Day-Mer Turkish and Kurdish Community Solidarity Centre</data>
<data key='acronym'>Day-Mer</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.daymer.org</data>
<data key='contact'>info@daymer.org</data>
<data key='description'>Turkish and Kurdish Community Centre based in London</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='215'>
<data key='nid'>215</data>
<data key='name'>Die Schwelle / The Threshold Foundation</data>
<data key='acronym'>Die Schwelle / The Threshold Foundation</data>
<data key='location'>Bremen</data>
<data key='country'>Germany</data>
<data key='website'>http://www.dieschwelle.de/</data>
<data key='contact'>stiftung@dieschwelle.de</data>
<data key='description'>The task of the foundation is to contribute to Justice, Peace and the Integrity of Creation as a universal Schalom Service (Peace Service)</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='216'>
<data key='nid'>216</data>
<data key='name'>Droit au logement</data>
<data key='acronym'>DAL</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fededal@wanadoo.fr</data>
<data key='description'>Defense of the right of lodging for everybody</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Housing</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='217'>
<data key='nid'>217</data>
<data key='name'>ECOSY - Young European Socialists (European Community Organisation of Socialist Youth)</data>
<data key='acronym'>ECOSY</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.ecosy.org</data>
<data key='contact'>info@ecosy.org</data>
<data key='description'>ECOSY - Young European Socialists</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Youth</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='218'>
<data key='nid'>218</data>
<data key='name'>ESIB - The National Unions of Students in Europe</data>
<data key='acronym'>ESIB</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.esib.org</data>
<data key='contact'>secretariat@esib.org</data>
<data key='description'>Umbrella organisation of 50 national unions of students from 37 countries</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Youth</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='219'>
<data key='nid'>219</data>
<data key='name'>EuroMarches - Marches europeennes</data>
<data key='acronym'>EuroMarches - Marches europeennes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.euromarches.org</data>
<data key='contact'>euromarches@ras.eu.org</data>
<data key='description'>European network against unemployment, job insecurity and exclusions</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='220'>
<data key='nid'>220</data>
<data key='name'>European Network of Democratic Young Left</data>
<data key='acronym'>ENDYL</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.endyl.org,%20don't%20work</data>
<data key='contact'>secretariat@endyl.org</data>
<data key='description'>Network of left-socialist, green-left and radical-democratic youth movements</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='221'>
<data key='nid'>221</data>
<data key='name'>Faltbiologerna</data>
<data key='acronym'>Faltbiologerna</data>
<data key='location'>Stockholm</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.faltbiologerna.se</data>
<data key='contact'>globaliseringsgruppen@faltbiologerna.se</data>
<data key='description'>We are a youth organisation for nature and environmental struggle.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='222'>
<data key='nid'>222</data>
<data key='name'>Federation des Tunisiens pour une Citoyennetéeacute; des Deux Rives</data>
<data key='acronym'>FTCR</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ftcr.net</data>
<data key='contact'>ftcr2@wanaddo.fr</data>
<data key='description'>Tunisian association against racism. Un autre acceuil des etudiants etrangers en Europe, un pas vers un autre mondialisation.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='223'>
<data key='nid'>223</data>
<data key='name'>Federation internationale des Ligues des droits de l’homme</data>
<data key='acronym'>FIDH</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.fidh.org</data>
<data key='contact'>fidh@fidh.org</data>
<data key='description'>International federation of league for human rights</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='224'>
<data key='nid'>224</data>
<data key='name'>FIAN - FoodFirst Information and Action Network International</data>
<data key='acronym'>FIAN</data>
<data key='location'>Heidelberg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.fian.org</data>
<data key='contact'>fian@fian.org</data>
<data key='description'>FIAN works world wide for the implementation of the Human Right to Food</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='225'>
<data key='nid'>225</data>
<data key='name'>FIAN Belgium</data>
<data key='acronym'>FIAN</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.fian.be</data>
<data key='contact'>fian@fian.be</data>
<data key='description'>FIAN works world wide for the implementation of the Human Right to Food</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='group'>FIAN</data>
<data key='esf1'>Firenze</data>
</node>
<node id='226'>
<data key='nid'>226</data>
<data key='name'>FNV - Federatie Nederlandse Vakbeweging</data>
<data key='acronym'>FNV</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.fnv.nl/</data>
<data key='contact'>iz@vc.fnv.nl</data>
<data key='description'>The largest and strongest trade union confederation in the Netherlands.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='227'>
<data key='nid'>227</data>
<data key='name'>FOE - Friends of the Earth Sweden</data>
<data key='acronym'>FOE</data>
<data key='location'>Gothenburg</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.mjv.se</data>
<data key='contact'>info@mjv.se</data>
<data key='description'>Environmental network in the world campaigning to protect the environment and to create sustainable societies, for democracy and solidarity.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='group'>FOE</data>
<data key='esf2'>Paris</data>
</node>
<node id='228'>
<data key='nid'>228</data>
<data key='name'>Fureningen fur utvecklingssamarbete</data>
<data key='acronym'>FUS</data>
<data key='location'>Goteborg</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.fus.ffs.gu.se/</data>
<data key='contact'>fus@ffs.gu.se</data>
<data key='description'>FUS is an independent students' union. The goal is to create a dialogue on how to better incorporate the organisations of african civil society into the global justice movement.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='229'>
<data key='nid'>229</data>
<data key='name'>FSU</data>
<data key='acronym'>FSU</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.fsu.org.uk</data>
<data key='contact'>centraloffice@fsu.org.uk</data>
<data key='description'>Family and children support</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf3'>London</data>
</node>
<node id='230'>
<data key='nid'>230</data>
<data key='name'>FSU  - Federation Syndicale Unitaire</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.fsu.fr</data>
<data key='contact'>fsu.nationale@fsu.fr</data>
<data key='description'>French trade union federation</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='231'>
<data key='nid'>231</data>
<data key='name'>FSU EPA Education Pluralisme Autogestion</data>
<data key='acronym'>FSU</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu.44@wanadoo.fr</data>
<data key='description'>Trade union FSU-affiliated, concerning the fields of popular education, culture and sports.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='232'>
<data key='nid'>232</data>
<data key='name'>FSU SD 01</data>
<data key='acronym'>FSU</data>
<data key='location'>Bourg en Bresse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu01@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='233'>
<data key='nid'>233</data>
<data key='name'>FSU SD 11</data>
<data key='acronym'>FSU</data>
<data key='location'>Carcassonne</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu11@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='234'>
<data key='nid'>234</data>
<data key='name'>FSU SD 21 Andre Pierre</data>
<data key='acronym'>FSU</data>
<data key='location'>Dijon</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu21@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='235'>
<data key='nid'>235</data>
<data key='name'>FSU SD 25</data>
<data key='acronym'>FSU</data>
<data key='location'>Besancon</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu25@wanadoo.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='236'>
<data key='nid'>236</data>
<data key='name'>FSU SD 47</data>
<data key='acronym'>FSU</data>
<data key='location'>Agen</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu47@wanadoo.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='237'>
<data key='nid'>237</data>
<data key='name'>FSU SD 63 Francis Vergner</data>
<data key='acronym'>FSU</data>
<data key='location'>Clermont -Ferrand</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu63@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='238'>
<data key='nid'>238</data>
<data key='name'>FSU SD 68</data>
<data key='acronym'>FSU</data>
<data key='location'>Mulhouse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu68@wanadoo.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='239'>
<data key='nid'>239</data>
<data key='name'>FSU SD 72</data>
<data key='acronym'>FSU</data>
<data key='location'>Le Mans</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu72@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='240'>
<data key='nid'>240</data>
<data key='name'>FSU SD 77</data>
<data key='acronym'>FSU</data>
<data key='location'>Melun</data>
<data key='country'>France</data>
<data key='website'>http://www.fsu77.ouvaton.org/</data>
<data key='contact'>fsu77@free.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='241'>
<data key='nid'>241</data>
<data key='name'>FSU SD 93</data>
<data key='acronym'>FSU</data>
<data key='location'>Bobigny</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>fsu93@fsu.fr</data>
<data key='description'>Departmental section of the French trade union FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='242'>
<data key='nid'>242</data>
<data key='name'>FSU SNAC  Syndicat national des affaires Culturelles FSU</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snac-fsu.org/</data>
<data key='contact'>snac-fsu@culture.fr</data>
<data key='description'>French  trade union of cultural affairs</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='243'>
<data key='nid'>243</data>
<data key='name'>FSU SNASUB Syndicat National de l'Administration Scolaire et Universitaire et des Bibliotheques  FSU</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snasub.fsu.fr/</data>
<data key='contact'>snasub.fsu@ras.eu.org</data>
<data key='description'>French trade union of school and university administration and of bibliotheques</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='244'>
<data key='nid'>244</data>
<data key='name'>FSU SNCS Syndicat national des chercheurs scientifiques</data>
<data key='acronym'>FSU</data>
<data key='location'>Meudon</data>
<data key='country'>France</data>
<data key='website'>http://www.sncs.cnrs-bellevue.fr</data>
<data key='contact'>sncs@cnrs-bellevue.fr</data>
<data key='description'>French trade union of scientific searchers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='245'>
<data key='nid'>245</data>
<data key='name'>FSU Snep (Syndicat national education physique)</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snepfsu.net/</data>
<data key='contact'>secretariat@snepfsu.net</data>
<data key='description'>French trade union of workers of physical education</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='246'>
<data key='nid'>246</data>
<data key='name'>FSU SNEPAP Syndicat National de l'Ensemble des Personnels de l'Administration Penitentiaire FSU</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snepap-fsu.org/</data>
<data key='contact'>snepap@club-internet.fr</data>
<data key='description'>French trade union of workers of penitential administration</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='247'>
<data key='nid'>247</data>
<data key='name'>FSU SNES Syndicat national de l’enseignement secondaire</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snes.edu</data>
<data key='contact'>luc.muller@snes.edu</data>
<data key='description'>Teachers university trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='248'>
<data key='nid'>248</data>
<data key='name'>FSU SNES-Creteil</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.creteil.snes.edu</data>
<data key='contact'>secretariat@creteil.snes.edu</data>
<data key='description'>Trade union local branch of SNES FSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='249'>
<data key='nid'>249</data>
<data key='name'>FSU SNESUP Syndicat national de l’enseignement superieur</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snesup.fr</data>
<data key='contact'>international@snesup.fr</data>
<data key='description'>French teachers university trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='250'>
<data key='nid'>250</data>
<data key='name'>FSU SneTap Syndicat national de l’enseignement technique agricole public</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snetap.tm.fr</data>
<data key='contact'>snetap.org@wanadoo.fr</data>
<data key='description'>French technical agricultural education trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='251'>
<data key='nid'>251</data>
<data key='name'>FSU Snpes-pjj Syndicat national du personnel de l’education surveillee – protection judiciaire de la jeunesse</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>snpespjj.fsu.fr/</data>
<data key='contact'>snpes.pjj.fsu@wanadoo.fr</data>
<data key='description'>French trade union of surveilled education and judicial protection of youth</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='252'>
<data key='nid'>252</data>
<data key='name'>FSU Snuas-fp Syndicat national unitaire des assistantes sociales de la fonction publique</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snuasfp-fsu.org/</data>
<data key='contact'>contact@snuasfp-fsu.org</data>
<data key='description'>French trade union of social assistance workers in public domain</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='253'>
<data key='nid'>253</data>
<data key='name'>FSU SNUipp  Syndicat National Unitaire des Instituteurs professeurs des ecoles et Pegc</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snuipp.fr/</data>
<data key='contact'>snuipp@snuipp.fr</data>
<data key='description'>Teachers trade union in France</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='254'>
<data key='nid'>254</data>
<data key='name'>FSU SNUipp 13</data>
<data key='acronym'>FSU</data>
<data key='location'>Marseille</data>
<data key='country'>France</data>
<data key='website'>http://www.snuipp.fr/13/</data>
<data key='contact'>snu13@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='255'>
<data key='nid'>255</data>
<data key='name'>FSU SNUipp 33</data>
<data key='acronym'>FSU</data>
<data key='location'>Bordeaux</data>
<data key='country'>France</data>
<data key='website'>33.snuipp.fr/</data>
<data key='contact'>snu33@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='256'>
<data key='nid'>256</data>
<data key='name'>FSU snuipp 46</data>
<data key='acronym'>FSU</data>
<data key='location'>Cahors</data>
<data key='country'>France</data>
<data key='website'>46.snuipp.fr</data>
<data key='contact'>snu46@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='257'>
<data key='nid'>257</data>
<data key='name'>FSU SNUipp 55</data>
<data key='acronym'>FSU</data>
<data key='location'>Verdun</data>
<data key='country'>France</data>
<data key='website'>55.snuipp.fr</data>
<data key='contact'>snu55@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='258'>
<data key='nid'>258</data>
<data key='name'>FSU SNUipp 61</data>
<data key='acronym'>FSU</data>
<data key='location'>Alencon</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>snu61@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='259'>
<data key='nid'>259</data>
<data key='name'>FSU snuipp 66</data>
<data key='acronym'>FSU</data>
<data key='location'>Perpignan</data>
<data key='country'>France</data>
<data key='website'>66.snuipp.fr</data>
<data key='contact'>snu66@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='260'>
<data key='nid'>260</data>
<data key='name'>FSU SNUipp 72</data>
<data key='acronym'>FSU</data>
<data key='location'>Le Mans</data>
<data key='country'>France</data>
<data key='website'>72.snuipp.fr/</data>
<data key='contact'>snu72@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='261'>
<data key='nid'>261</data>
<data key='name'>FSU SNUipp 75</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>75.snuipp.fr</data>
<data key='contact'>snu75@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='262'>
<data key='nid'>262</data>
<data key='name'>FSU SNUipp 77</data>
<data key='acronym'>FSU</data>
<data key='location'>Melun</data>
<data key='country'>France</data>
<data key='website'>77.snuipp.fr/</data>
<data key='contact'>snu77@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='263'>
<data key='nid'>263</data>
<data key='name'>FSU SNUipp 87</data>
<data key='acronym'>FSU</data>
<data key='location'>Limoges</data>
<data key='country'>France</data>
<data key='website'>87.snuipp.fr/</data>
<data key='contact'>snu87@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='264'>
<data key='nid'>264</data>
<data key='name'>FSU SNUipp 92</data>
<data key='acronym'>FSU</data>
<data key='location'>Nanterre</data>
<data key='country'>France</data>
<data key='website'>92.snuipp.fr/</data>
<data key='contact'>snu92@snuipp.fr</data>
<data key='description'>Local branch of Snuipp-fsu teachers french  trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='265'>
<data key='nid'>265</data>
<data key='name'>FSU SNUTEF Syndicat national unitaire travail, emploi, formation</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>martine.goutte@dgefp.travail.gouv.fr</data>
<data key='description'>French trade union, branch of FSU, Section of Snu-tefi.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='266'>
<data key='nid'>266</data>
<data key='name'>FSU Snu-tefi Syndicat national unitaire travail, emploi, formation insertion</data>
<data key='acronym'>FSU</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>snutefi.fsu@tiscali.fr</data>
<data key='description'>French trade union, branch of FSU.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='267'>
<data key='nid'>267</data>
<data key='name'>Genoa 2001 Greece</data>
<data key='acronym'>Genoa 2001 Greece</data>
<data key='location'>Athinai</data>
<data key='country'>Greece</data>
<data key='website'>http://www.genoa2001.org</data>
<data key='contact'>jspg@otenet.gr</data>
<data key='description'>Greek national coordination of activists of the movement against capitalist globalization</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='268'>
<data key='nid'>268</data>
<data key='name'>Genuine Empowerment of Mothers in Society</data>
<data key='acronym'>GEMS</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>gemsuk2k@hotmail.com</data>
<data key='description'>Mother's pressure group, to empower women to improve the quality of their lives.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='group'>Evelyn Oldfield Unit</data>
<data key='esf3'>London</data>
</node>
<node id='269'>
<data key='nid'>269</data>
<data key='name'>GEW Hamburg (Germany)</data>
<data key='acronym'>GEW</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.gew-hamburg.de/</data>
<data key='contact'>info@gew-hamburg.de</data>
<data key='description'>Local branch of the german trade union GEW</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='270'>
<data key='nid'>270</data>
<data key='name'>GEW Hamburg, Peace Education group</data>
<data key='acronym'>GEW</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.gew-hamburg.de/</data>
<data key='contact'>info@gew-hamburg.de</data>
<data key='description'>Thematic group of GEW Hamburg</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='271'>
<data key='nid'>271</data>
<data key='name'>Gewaltfreie Aktion Atomwaffen Abschaffen</data>
<data key='acronym'>GAAA</data>
<data key='location'>Stuttgart</data>
<data key='country'>Germany</data>
<data key='website'>http://www.gaaa.org</data>
<data key='contact'>info@gaaa.org</data>
<data key='description'>Germany-Non-Violent Campaign to Abolish Nuclear Weapons</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='272'>
<data key='nid'>272</data>
<data key='name'>GIK-DER</data>
<data key='acronym'>GIK-DER</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>gik-der@freeuk.com</data>
<data key='description'>Refugee Workers Cultural Association</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf3'>London</data>
</node>
<node id='273'>
<data key='nid'>273</data>
<data key='name'>Gingerbread</data>
<data key='acronym'>Gingerbread</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.gingerbread.org.uk/</data>
<data key='contact'>office@gingerbread.org.uk</data>
<data key='description'>Support organisation for lone parent families in England and Wales.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='274'>
<data key='nid'>274</data>
<data key='name'>Giovani Comunisti  e Comuniste</data>
<data key='acronym'>Giovani Comunisti  e Comuniste</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.giovanicomunisti.it</data>
<data key='contact'>comunicazione@giovanicomunisti.it</data>
<data key='description'>The youth organization of PRC - Refoundation Communist Party</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='275'>
<data key='nid'>275</data>
<data key='name'>Giovani Comunisti - Federazione di Isernia</data>
<data key='acronym'>Giovani Comunisti - Federazione di Isernia</data>
<data key='location'>Isernia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>mattewbush@inwind.it</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='276'>
<data key='nid'>276</data>
<data key='name'>Giovani Comunisti Alessandria - Valenza social forum</data>
<data key='acronym'>Giovani Comunisti Alessandria - Valenza social forum</data>
<data key='location'>Alessandria</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>rifondazioneal@libero.it</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='277'>
<data key='nid'>277</data>
<data key='name'>Giovani Comunisti Coordinamento provinciale Perugia</data>
<data key='acronym'>Giovani Comunisti Coordinamento provinciale Perugia</data>
<data key='location'>Perugia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>skarniani@katamail.com</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='278'>
<data key='nid'>278</data>
<data key='name'>Giovani Comunisti Coordinamento provinciale Terni</data>
<data key='acronym'>Giovani Comunisti Coordinamento provinciale Terni</data>
<data key='location'>Terni</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>pezzidivetro@katamail.com</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='279'>
<data key='nid'>279</data>
<data key='name'>Giovani Comunisti Cosenza</data>
<data key='acronym'>Giovani Comunisti Cosenza</data>
<data key='location'>Cosenza</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>ago.milanese@tiscali.it</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='280'>
<data key='nid'>280</data>
<data key='name'>Giovani Comunisti Massa Carrara</data>
<data key='acronym'>Giovani Comunisti Massa Carrara</data>
<data key='location'>Massa Carrara</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>rattimario@libero.it</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='281'>
<data key='nid'>281</data>
<data key='name'>Giovani Comunisti MIlano Sud Circolo di Corsico</data>
<data key='acronym'>Giovani Comunisti MIlano Sud Circolo di Corsico</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>dario.balla@libero.it</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='282'>
<data key='nid'>282</data>
<data key='name'>Giovani Comunisti Perugia</data>
<data key='acronym'>Giovani Comunisti Perugia</data>
<data key='location'>Perugia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>la.marta@katamail.com</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='283'>
<data key='nid'>283</data>
<data key='name'>Giovani Comunisti Pisa</data>
<data key='acronym'>Giovani Comunisti Pisa</data>
<data key='location'>Pisa</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>gheoda@katamail.com</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='284'>
<data key='nid'>284</data>
<data key='name'>Giovani Comunisti sez. Lecce</data>
<data key='acronym'>Giovani Comunisti sez. Lecce</data>
<data key='location'>Lecce</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>noemiao76@hotmail.com</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='285'>
<data key='nid'>285</data>
<data key='name'>Giovani Comunisti Umbria</data>
<data key='acronym'>Giovani Comunisti Umbria</data>
<data key='location'>Perugia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>luca_ceccarelli@katamail.com</data>
<data key='description'>Regional branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='286'>
<data key='nid'>286</data>
<data key='name'>Giovani Comunisti Voghera</data>
<data key='acronym'>Giovani Comunisti Voghera</data>
<data key='location'>Voghera</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>michela@inventati.org</data>
<data key='description'>Local branch of PRC's youth organization Giovani Comunisti</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='287'>
<data key='nid'>287</data>
<data key='name'>Global Ecovillage Network of Europe</data>
<data key='acronym'>GEN</data>
<data key='location'>Belzig</data>
<data key='country'>Germany</data>
<data key='website'>http://www.gen-europe.org</data>
<data key='contact'>info@gen-europe.org</data>
<data key='description'>European ecovillage association, promoting the concept of ecovillages we support sustainable environmental protection</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='288'>
<data key='nid'>288</data>
<data key='name'>Global Education Derby</data>
<data key='acronym'>Global Education Derby</data>
<data key='location'>Derby</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.globaleducationderby.org.uk/</data>
<data key='contact'>admin@globaleducationderby.org.uk</data>
<data key='description'>Specialist educational organisation, to promote understanding and learning for a better world through education for sustainable development and global citizenship.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf3'>London</data>
</node>
<node id='289'>
<data key='nid'>289</data>
<data key='name'>Global Network Against Weapons and Nuclear Power in Space</data>
<data key='acronym'>Global Network Against Weapons and Nuclear Power in Space</data>
<data key='location'>Brunswick</data>
<data key='country'>USA</data>
<data key='website'>http://www.space4peace.org/</data>
<data key='contact'>globalnet@mindspring.com</data>
<data key='description'>Solve problems and use technologies on planet Earth instead of creating new imbalances and conflicts in space.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='290'>
<data key='nid'>290</data>
<data key='name'>Globalverkstan</data>
<data key='acronym'>Globalverkstan</data>
<data key='location'>Goteborg</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.globalverkstan.net</data>
<data key='contact'>info@globalverkstan.net</data>
<data key='description'>Global workshop, a three semester educational programme for practitioners, activists and managers in the Global Civil Society.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf3'>London</data>
</node>
<node id='291'>
<data key='nid'>291</data>
<data key='name'>GMB</data>
<data key='acronym'>GMB</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.gmb.org.uk</data>
<data key='contact'>info@gmb.org.uk</data>
<data key='description'>UK general trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='292'>
<data key='nid'>292</data>
<data key='name'>GMB Holborn branch, London</data>
<data key='acronym'>GMB</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>ncraske@dsl.pipex.com</data>
<data key='description'>Trade union local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='293'>
<data key='nid'>293</data>
<data key='name'>GMB London Region (UK)</data>
<data key='acronym'>GMB</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.gmbunion.org/</data>
<data key='contact'>paulkenny@gmb.org.uk</data>
<data key='description'>Trade union regional branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='294'>
<data key='nid'>294</data>
<data key='name'>GMB Yorkshire</data>
<data key='acronym'>GMB</data>
<data key='location'>Wakefield</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>jerry.nelson@gmb.org.uk</data>
<data key='description'>Trade union regional branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='295'>
<data key='nid'>295</data>
<data key='name'>Go to Togo</data>
<data key='acronym'>Go to Togo</data>
<data key='location'>Kpalime</data>
<data key='country'>Togo</data>
<data key='website'>http://www.gototogo.org</data>
<data key='contact'>gototogo@free.fr</data>
<data key='description'>Solidarity with Togo for development and education</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='296'>
<data key='nid'>296</data>
<data key='name'>Goetheanum School for spiritual science - Youth Section</data>
<data key='acronym'>Goetheanum School for spiritual science - Youth Section</data>
<data key='location'>Dornach</data>
<data key='country'>Switzerland</data>
<data key='website'>youthsection.org</data>
<data key='contact'>mail@youthsection.org</data>
<data key='description'>The Section for the Spiritual Striving of Youth (Youth Section) exists to  connect young people with each other, to support and deepen an understanding  of one's self and the world.</data>
<data key='type'>Religious or spiritual group</data>
<data key='image'>images/Religious-or-spiritual-group.png</data>
<data key='theme'>Religiosity and spirituality</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='297'>
<data key='nid'>297</data>
<data key='name'>Goldsmiths College Students Union</data>
<data key='acronym'>GCSU</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.gcsu.org.uk</data>
<data key='contact'>gcsu@gold.ac.uk</data>
<data key='description'>Students union, campaigns about education, anti-racism and against war.</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>Education</data>
<data key='group'>NUS</data>
<data key='esf3'>London</data>
</node>
<node id='298'>
<data key='nid'>298</data>
<data key='name'>Graphical, Paper and Media Union</data>
<data key='acronym'>GPMU</data>
<data key='location'>Bedford</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.gpmu.org.uk/</data>
<data key='contact'>johna@gpmu.org.uk</data>
<data key='description'>British trade union of the media sector.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='299'>
<data key='nid'>299</data>
<data key='name'>Great Wall Society</data>
<data key='acronym'>Great Wall Society</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>shupao.lim@iclway.co.uk</data>
<data key='description'>Home for Chinese people over 60 who can live independently. Housing and support for physically active and vulnerable elderly Chinese people and help to express their cultural identity.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf3'>London</data>
</node>
<node id='300'>
<data key='nid'>300</data>
<data key='name'>Green ALE/EFA Group - European Parliament</data>
<data key='acronym'>Green ALE/EFA Group - European Parliament</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.greens-efa.org/</data>
<data key='contact'>contact@greens-efa.org</data>
<data key='description'>Green Party of Europe</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='301'>
<data key='nid'>301</data>
<data key='name'>Green Party of England and Wales</data>
<data key='acronym'>Green Party of England and Wales</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.greenparty.org.uk/</data>
<data key='contact'>office@greenparty.org.uk</data>
<data key='description'>Political Green Party of England and Wales</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='302'>
<data key='nid'>302</data>
<data key='name'>Green Party of Ireland/Comhaontas Glas</data>
<data key='acronym'>Green Party of Ireland/Comhaontas Glas</data>
<data key='location'>Dublin</data>
<data key='country'>Ireland</data>
<data key='website'>http://www.greenparty.ie/</data>
<data key='contact'>info@greenparty.ie</data>
<data key='description'>Political Green Party of Ireland</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='303'>
<data key='nid'>303</data>
<data key='name'>Green Party of Sweden/Miljupartiet</data>
<data key='acronym'>MP</data>
<data key='location'>Stockholm</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.mp.se</data>
<data key='contact'>info@mp.se</data>
<data key='description'>Political Green Party of Sweden</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='304'>
<data key='nid'>304</data>
<data key='name'>Greenpeace - International</data>
<data key='acronym'>Greenpeace - International</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.greenpeace.org/international_en/</data>
<data key='contact'>supporter.services@int.greenpeace.org</data>
<data key='description'>Environmental NGO</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='305'>
<data key='nid'>305</data>
<data key='name'>Greenpeace France</data>
<data key='acronym'>Greenpeace France</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.greenpeace.org/france_fr/</data>
<data key='contact'>greenpeace.france@diala.greenpeace.org</data>
<data key='description'>French branch of the enviromental NGO Greenpeace</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='306'>
<data key='nid'>306</data>
<data key='name'>Greenpeace Italia - Firenze</data>
<data key='acronym'>Greenpeace Italia - Firenze</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.greenpeace.it/local/firenze/</data>
<data key='contact'>firenze@greenpeace.it</data>
<data key='description'>Italian local branch of the enviromental NGO Greenpeace</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='307'>
<data key='nid'>307</data>
<data key='name'>Greenpeace UK</data>
<data key='acronym'>Greenpeace UK</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.greenpeace.org.uk/</data>
<data key='contact'>info@uk.greenpeace.org</data>
<data key='description'>British branch of the enviromental NGO Greenpeace</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='308'>
<data key='nid'>308</data>
<data key='name'>Groundswell UK</data>
<data key='acronym'>Groundswell UK</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.groundswell.org.uk</data>
<data key='contact'>info@groundswell.org.uk</data>
<data key='description'>National charity that supports a network of people and projects who are committed to inclusive approaches to tackling homelessness, poverty and exclusion.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf3'>London</data>
</node>
<node id='309'>
<data key='nid'>309</data>
<data key='name'>Habitat Initiative Deutschland / Witten Tenants Association</data>
<data key='acronym'>HIC</data>
<data key='location'>Witten</data>
<data key='country'>Germany</data>
<data key='website'>http://www.habitants.de</data>
<data key='contact'>unger@habitants.de</data>
<data key='description'>Network of German organizations active in the field of housing, urban development and local policies.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Housing</data>
<data key='group'>Habitat</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='310'>
<data key='nid'>310</data>
<data key='name'>Habitat International Coalition - Housing and Land Rights Network Middle East and North Africa</data>
<data key='acronym'>HIC</data>
<data key='location'>Giza</data>
<data key='country'>Egypt</data>
<data key='website'>http://www.hic-mena.org/</data>
<data key='contact'>hic-mena@hic-mena.org</data>
<data key='description'>Network for housing and land rights, in Middle East and North Africa</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Housing</data>
<data key='group'>Habitat</data>
<data key='esf3'>London</data>
</node>
<node id='311'>
<data key='nid'>311</data>
<data key='name'>Hands off our Food campaign</data>
<data key='acronym'>Hands off our Food campaign</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.bite-back.org/</data>
<data key='contact'>info@bite-back.org</data>
<data key='description'>Against WTO's policy about GMO</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf3'>London</data>
</node>
<node id='312'>
<data key='nid'>312</data>
<data key='name'>Hazards Campaign</data>
<data key='acronym'>Hazards Campaign</data>
<data key='location'>Manchester</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.hazardscampaign.org.uk/</data>
<data key='contact'>timevans@gn.apc.org</data>
<data key='description'>A network of  resource centres and campaigners on health and safety at work</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='313'>
<data key='nid'>313</data>
<data key='name'>HDIP</data>
<data key='acronym'>HDIP</data>
<data key='location'>Ramallah</data>
<data key='country'>Palestine</data>
<data key='website'>http://www.hdip.org</data>
<data key='contact'>hdip@hdip.org</data>
<data key='description'>Committed to improving the status of health care for all Palestinians</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf2'>Paris</data>
</node>
<node id='314'>
<data key='nid'>314</data>
<data key='name'>HELIO International</data>
<data key='acronym'>HELIO</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.helio-international.org</data>
<data key='contact'>helio@helio-international.org</data>
<data key='description'>Sustainable energy watch</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='315'>
<data key='nid'>315</data>
<data key='name'>Help The Aged</data>
<data key='acronym'>Help The Aged</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.helptheaged.org.uk/</data>
<data key='contact'>info@helptheaged.org.uk</data>
<data key='description'>Activities in favor of older people.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf3'>London</data>
</node>
<node id='316'>
<data key='nid'>316</data>
<data key='name'>Hemen Eta Munduan - Globalizazioaren inguruko Euskal Herriko herri ekimena</data>
<data key='acronym'>HEMUN</data>
<data key='location'>Bilbao</data>
<data key='country'>Pais Vasco</data>
<data key='website'>http://www.nodo50.org/hemenetamunduan</data>
<data key='contact'>hemun@nodo50.org</data>
<data key='description'>Movement against neoliberal globalisation</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='317'>
<data key='nid'>317</data>
<data key='name'>Henry George Foundation</data>
<data key='acronym'>Henry George Foundation</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.henrygeorgefoundation.org/</data>
<data key='contact'>office@henrygeorgefoundation.org</data>
<data key='description'>Independent economic and social justice think tank and public education group, dedicated to exploring and promoting principles for a just and prosperous society and a healthy environment.</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='318'>
<data key='nid'>318</data>
<data key='name'>Highland Alliance for Racial Equality</data>
<data key='acronym'>HARE</data>
<data key='location'>Inverness</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>rosemary.mackinnon@highland.gov.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='319'>
<data key='nid'>319</data>
<data key='name'>Hindu Cultural Society</data>
<data key='acronym'>Hindu Cultural Society</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>hr4finance@aol.com</data>
<data key='description'>Association for the Hindu culture.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf3'>London</data>
</node>
<node id='320'>
<data key='nid'>320</data>
<data key='name'>Home Office</data>
<data key='acronym'>Home Office</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.homeoffice.gov.uk</data>
<data key='contact'>public.enquiries@homeoffice.gsi.gov.uk</data>
<data key='description'>To work with individuals and communities to build a safe, just and tolerant society</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='321'>
<data key='nid'>321</data>
<data key='name'>Howard League for Penal Reform</data>
<data key='acronym'>Howard League for Penal Reform</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.howardleague.org</data>
<data key='contact'>info@howardleague.org</data>
<data key='description'>Works for a human and rational reform of the penal system.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='322'>
<data key='nid'>322</data>
<data key='name'>HuMuSz - Hulladek Munkaszuvetseg</data>
<data key='acronym'>HuMuSz</data>
<data key='location'>Budapest</data>
<data key='country'>Hungary</data>
<data key='website'>http://www.humusz.hu/</data>
<data key='contact'>balazs@humusz.hu</data>
<data key='description'>Alliance of 18 Hungarian environmental groups, aims to educate Hungarian citizens in environmental issues, change their attitudes to waste and consumer issues.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='323'>
<data key='nid'>323</data>
<data key='name'>IANSA - International Action Network on Small Arms</data>
<data key='acronym'>IANSA</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.iansa.org/</data>
<data key='contact'>contact@iansa.org</data>
<data key='description'>Global network of civil society organisations working to stop the proliferation and misuse of small arms and light weapons</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='324'>
<data key='nid'>324</data>
<data key='name'>IBIS Denmark</data>
<data key='acronym'>IBIS Denmark</data>
<data key='location'>Copenhagen</data>
<data key='country'>Denmark</data>
<data key='website'>http://www.ibis.dk</data>
<data key='contact'>ibis@ibis.dk</data>
<data key='description'>Cooperation and solidarity with third world countries</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='325'>
<data key='nid'>325</data>
<data key='name'>IBON Philippines</data>
<data key='acronym'>IBON Philippines</data>
<data key='location'>Manila</data>
<data key='country'>Philippines</data>
<data key='website'>http://www.ibon.org/</data>
<data key='contact'>editors@ibon.org</data>
<data key='description'>Research, education and information development institution.</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Education</data>
<data key='esf3'>London</data>
</node>
<node id='326'>
<data key='nid'>326</data>
<data key='name'>ICAD - International Committee Against Disappearances</data>
<data key='acronym'>ICAD - International Committee Against Disappearances</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.icad-committee.com</data>
<data key='contact'>icad.frg@t-online.de</data>
<data key='description'>For the ending the state policy of disappearances in every country in the world.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf2'>Paris</data>
</node>
<node id='327'>
<data key='nid'>327</data>
<data key='name'>ICAD London</data>
<data key='acronym'>ICAD London</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>icadlondon@hotmail.com</data>
<data key='description'>British section of ICAD</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='328'>
<data key='nid'>328</data>
<data key='name'>Immigration Developpement Democratie</data>
<data key='acronym'>IDD</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.idd-reseau.org</data>
<data key='contact'>contact@idd-reseau.org</data>
<data key='description'>Associations from Morocco working for a fair and just development</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf2'>Paris</data>
</node>
<node id='329'>
<data key='nid'>329</data>
<data key='name'>INES SGR International Network of Engineers and Scientists for global responsibility</data>
<data key='acronym'>INES SGR</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.inesglobal.com</data>
<data key='contact'>INES.office@web.de</data>
<data key='description'>NGO concerned about the impact of science and technology on society</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Research</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='330'>
<data key='nid'>330</data>
<data key='name'>Initiative Towards a Different Europe</data>
<data key='acronym'>ITDE</data>
<data key='location'>Kobenhavn</data>
<data key='country'>Denmark</data>
<data key='website'>http://www.cph2002.org/</data>
<data key='contact'>kontakt@cph2002.org</data>
<data key='description'>Coalition that wants a different Europe based on solidarity and democracy, where environmental concerns is more important than the profits of multinational corporations.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='331'>
<data key='nid'>331</data>
<data key='name'>Institut Cooperatif de l'Ecole Moderne</data>
<data key='acronym'>ICEM</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>http://www.icem-freinet.info</data>
<data key='contact'>secretariat@icem-freinet.org</data>
<data key='description'>Freinet pedagogy, a cooperative network</data>
<data key='type'>Co-operative</data>
<data key='image'>images/Co-operative.png</data>
<data key='theme'>Education</data>
<data key='esf2'>Paris</data>
</node>
<node id='332'>
<data key='nid'>332</data>
<data key='name'>Institut de cooperation sociale internationale</data>
<data key='acronym'>ICOSI</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.icosi.org</data>
<data key='contact'>info@icosi.org</data>
<data key='description'>International cooperation, social domains and alternative social economy</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='333'>
<data key='nid'>333</data>
<data key='name'>Institut de Developpement de l'Economie Sociale</data>
<data key='acronym'>ESFIN/ IDES</data>
<data key='location'>Nanterre</data>
<data key='country'>France</data>
<data key='website'>http://www.esfin-ides.com</data>
<data key='contact'>ides@esfin-ides.com</data>
<data key='description'>Social finance society.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Economy</data>
<data key='esf3'>London</data>
</node>
<node id='334'>
<data key='nid'>334</data>
<data key='name'>Institute for Agriculture and Trade Policy, Geneva</data>
<data key='acronym'>IATP</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.iatp.org</data>
<data key='contact'>astrickner@iatp.org</data>
<data key='description'>Swiss section of the Institute for Agriculture and Trade Policy</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='335'>
<data key='nid'>335</data>
<data key='name'>International Association of Investors in the Social Economy</data>
<data key='acronym'>INAISE</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.inaise.org</data>
<data key='contact'>inaise@inaise.org</data>
<data key='description'>Global network of socially and environmentally oriented financial institutions.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='336'>
<data key='nid'>336</data>
<data key='name'>International Ban Asbestos Secretariat</data>
<data key='acronym'>IBAS</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.ibas.btinternet.co.uk</data>
<data key='contact'>laurie@lkaz.demon.co.uk</data>
<data key='description'>Organisation to ban asbestos worldwide</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf3'>London</data>
</node>
<node id='337'>
<data key='nid'>337</data>
<data key='name'>International Council for Adult Education / Gender and Education Office</data>
<data key='acronym'>ICAE / GEO</data>
<data key='location'>Montevideo</data>
<data key='country'>Uruguay</data>
<data key='website'>http://www.icae.org.uy</data>
<data key='contact'>icae2@icae.org.uy</data>
<data key='description'>Global partnership of adult learners and adult educators and their organizations, and others who promote the use of adult learning as a tool for informed participation of people and sustainable development</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='338'>
<data key='nid'>338</data>
<data key='name'>International Council of Women/Conseil International des Femmes</data>
<data key='acronym'>ICW/CIF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.icw-cif.org/</data>
<data key='contact'>icw-cif@wanadoo.fr</data>
<data key='description'>To promote equal rights and responsibilities for both men and women in all spheres by removing all forms of discrimination based on birth, race, sex, language or religion</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='339'>
<data key='nid'>339</data>
<data key='name'>Kidz Conga Club</data>
<data key='acronym'>Kidz Conga Club</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>jaimie.meagor@barnet.gov.uk</data>
<data key='description'>A walking bus scheme that encourages children to walk to school in groups, along pre-designated, risk assessed routes accompanied by fully trained parent volunteers</data>
<data key='type'>Other - Local safety children project</data>
<data key='image'>images/Other---Local-safety-children-project.png</data>
<data key='theme'>Community and local development</data>
<data key='esf3'>London</data>
</node>
<node id='340'>
<data key='nid'>340</data>
<data key='name'>Komala</data>
<data key='acronym'>Komala</data>
<data key='location'>Koln</data>
<data key='country'>Germany</data>
<data key='website'>http://www.komala.org/</data>
<data key='contact'>komala_int@hotmail.com</data>
<data key='description'>Revolutionary Kurdish organization in Iran</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='341'>
<data key='nid'>341</data>
<data key='name'>La Margherita - Democrazia e Liberta' Roma</data>
<data key='acronym'>La Margherita - Democrazia e Liberta' Roma</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.margherita-roma.it</data>
<data key='contact'>redazione_sito@yahoo.it</data>
<data key='description'>Italian Center-left wing political party, local section</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf3'>London</data>
</node>
<node id='342'>
<data key='nid'>342</data>
<data key='name'>La Souris Verte</data>
<data key='acronym'>La Souris Verte</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sourisverte.org</data>
<data key='contact'>contact@sourisverte.org</data>
<data key='description'>Ecological French review promoting the political ecology within the society, expecially among the youth.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='343'>
<data key='nid'>343</data>
<data key='name'>League for the Fifth International</data>
<data key='acronym'>LFI</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.fifthinternational.org</data>
<data key='contact'>lfi@btopenworld.com</data>
<data key='description'>Revolutionary socialist organisation of workers and youth  in several countries which campaigns  for the extension and development of internationalism and anticapitalism</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='344'>
<data key='nid'>344</data>
<data key='name'>League for the Fifth International Austria</data>
<data key='acronym'>League for the Fifth International Austria</data>
<data key='location'>Vienna</data>
<data key='country'>Austria</data>
<data key='website'>http://www.arbeiterinnenstandpunkt.org/</data>
<data key='contact'>pablo_rischbeck@hotmail.com</data>
<data key='description'>Austrian section of the League for the Fifth International and review</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='345'>
<data key='nid'>345</data>
<data key='name'>League for the Fifth International UK - Workers Power</data>
<data key='acronym'>League for the Fifth International UK - Workers Power</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.workerspower.com</data>
<data key='contact'>paper@workerspower.com</data>
<data key='description'>British section of the league for the fifth international and review</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='346'>
<data key='nid'>346</data>
<data key='name'>Mouvement Social Lebanon</data>
<data key='acronym'>MS</data>
<data key='location'>Beirut</data>
<data key='country'>Lebanon</data>
<data key='website'>na</data>
<data key='contact'>mouvementsocial@mouvementsocial.org</data>
<data key='description'>Youth movement working with communities to help adolescents through work, social service and education.</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='347'>
<data key='nid'>347</data>
<data key='name'>Muvimentu di a Manca Naziunale</data>
<data key='acronym'>Muvimentu di a Manca Naziunale</data>
<data key='location'>Aiacciu</data>
<data key='country'>France</data>
<data key='website'>http://www.manca-naziunale.org</data>
<data key='contact'>manca.naziunale@wanadoo.fr</data>
<data key='description'>Political guidance of the Left who fights for the right of self-determination for Corsican People.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='348'>
<data key='nid'>348</data>
<data key='name'>NO2ID</data>
<data key='acronym'>NO2ID</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.no2id.net</data>
<data key='contact'>support@no2id.net</data>
<data key='description'>Campaign against identity cards in the UK</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='349'>
<data key='nid'>349</data>
<data key='name'>Noe 21</data>
<data key='acronym'>Noe 21</data>
<data key='location'>Versoix</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.noe21.org</data>
<data key='contact'>cnissim@iprolink.ch</data>
<data key='description'>A small association aimed at promoting environmental tax reform</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='350'>
<data key='nid'>350</data>
<data key='name'>Norwegian Confederation of Trade Unions (LO)</data>
<data key='acronym'>LO</data>
<data key='location'>Oslo</data>
<data key='country'>Norway</data>
<data key='website'>http://www.loungdom.no%20/%20http://www.lo.no</data>
<data key='contact'>ntg@LO.no</data>
<data key='description'>A delegation of 30 young trade unionists, representing the Central Youth Committee of the Norwegian Confederation of Trade Unions (LO)</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='351'>
<data key='nid'>351</data>
<data key='name'>Palestine Solidarity Campaign Ireland (IPSC)</data>
<data key='acronym'>IPSC</data>
<data key='location'>Dublin</data>
<data key='country'>Ireland</data>
<data key='website'>http://www.ipsc.ie</data>
<data key='contact'>supportpalestine@ireland.com</data>
<data key='description'>Seeks to inform the Irish public about events in Israel/Palestine</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='352'>
<data key='nid'>352</data>
<data key='name'>Palestine Solidarity Campaign students</data>
<data key='acronym'>Palestine Solidarity Campaign students</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>students@palestinecampaign.org</data>
<data key='description'>Students branch of PSC campaign</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='353'>
<data key='nid'>353</data>
<data key='name'>PRC -  Partito della Rifondazione Comunista</data>
<data key='acronym'>PRC</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.rifondazione.it</data>
<data key='contact'>movimentoprc@rifondazione.it</data>
<data key='description'>Italian Communist Party</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='354'>
<data key='nid'>354</data>
<data key='name'>PRC Bergamo</data>
<data key='acronym'>PRC</data>
<data key='location'>Bergamo</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>brus.marc@tiscali.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='355'>
<data key='nid'>355</data>
<data key='name'>PRC Bologna Sezione 25 Aprile</data>
<data key='acronym'>PRC</data>
<data key='location'>Bologna</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>alessia_albo@yahoo.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='356'>
<data key='nid'>356</data>
<data key='name'>PRC Capranica</data>
<data key='acronym'>PRC</data>
<data key='location'>Capranica</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>federicobozzo@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='357'>
<data key='nid'>357</data>
<data key='name'>PRC Chiavari</data>
<data key='acronym'>PRC</data>
<data key='location'>Chiavari</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>moccina@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='358'>
<data key='nid'>358</data>
<data key='name'>PRC Circolo  Firenze Sud S.Falsini</data>
<data key='acronym'>PRC</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>zabut61@hotmail.com</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='359'>
<data key='nid'>359</data>
<data key='name'>PRC Circolo di Fiano Romano</data>
<data key='acronym'>PRC</data>
<data key='location'>Fiano Romano</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>xeuterpex@virgilio.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='360'>
<data key='nid'>360</data>
<data key='name'>PRC Circolo di Lastra a Signa</data>
<data key='acronym'>PRC</data>
<data key='location'>Lastra a Signa</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>tofifragio@tin.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='361'>
<data key='nid'>361</data>
<data key='name'>PRC Circolo di Mira (VE)</data>
<data key='acronym'>PRC</data>
<data key='location'>Mira (VE)</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>mdonadel@freepass.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='362'>
<data key='nid'>362</data>
<data key='name'>PRC Circolo di Monteroni di Lecce</data>
<data key='acronym'>PRC</data>
<data key='location'>Monteroni (LE)</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>palaroby@tin.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='363'>
<data key='nid'>363</data>
<data key='name'>PRC Circolo di Vignanello</data>
<data key='acronym'>PRC</data>
<data key='location'>Vignanello (VT)</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>snarpuz@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='364'>
<data key='nid'>364</data>
<data key='name'>PRC Empoli (FI)</data>
<data key='acronym'>PRC</data>
<data key='location'>Empoli</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>eugenio.ruggieri@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='365'>
<data key='nid'>365</data>
<data key='name'>PRC Federazione di Ascoli Piceno</data>
<data key='acronym'>PRC</data>
<data key='location'>Ascoli Piceno</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>lucia.mielli@inwind.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='366'>
<data key='nid'>366</data>
<data key='name'>PRC Federazione di Brindisi</data>
<data key='acronym'>PRC</data>
<data key='location'>Brindisi</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>Aurora_91181@yahoo.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='367'>
<data key='nid'>367</data>
<data key='name'>PRC Federazione di Lecce</data>
<data key='acronym'>PRC</data>
<data key='location'>Lecce</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>cinachi@tin.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='368'>
<data key='nid'>368</data>
<data key='name'>PRC Federazione di Messina</data>
<data key='acronym'>PRC</data>
<data key='location'>Messina</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>arki10@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='369'>
<data key='nid'>369</data>
<data key='name'>PRC Federazione di Milano</data>
<data key='acronym'>PRC</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>augustorocchi@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='370'>
<data key='nid'>370</data>
<data key='name'>PRC Federazione di Perugia</data>
<data key='acronym'>PRC</data>
<data key='location'>Perugia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>giulianograno@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='371'>
<data key='nid'>371</data>
<data key='name'>PRC Federazione di Piacenza</data>
<data key='acronym'>PRC</data>
<data key='location'>Piacenza</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>fetrib@tin.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='372'>
<data key='nid'>372</data>
<data key='name'>PRC Federazione di Potenza</data>
<data key='acronym'>PRC</data>
<data key='location'>Potenza</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>angelalombardi@inwind.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='373'>
<data key='nid'>373</data>
<data key='name'>PRC Federazione di Terni</data>
<data key='acronym'>PRC</data>
<data key='location'>Terni</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>damstufara@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='374'>
<data key='nid'>374</data>
<data key='name'>PRC Federazione di Volterra</data>
<data key='acronym'>PRC</data>
<data key='location'>Volterra</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>prc.volterra@sirt.pisa.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='375'>
<data key='nid'>375</data>
<data key='name'>PRC Genzano</data>
<data key='acronym'>PRC</data>
<data key='location'>Genzano</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>tittipierini@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='376'>
<data key='nid'>376</data>
<data key='name'>PRC Gruppo Consiliare Regionale Piemonte</data>
<data key='acronym'>PRC</data>
<data key='location'>Torino</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>regionalepiemonte@katamail.com</data>
<data key='description'>Regional council group of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='377'>
<data key='nid'>377</data>
<data key='name'>PRC Modena Circolo Gramsci</data>
<data key='acronym'>PRC</data>
<data key='location'>Modena</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>Francescofrieri@excite.com</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='378'>
<data key='nid'>378</data>
<data key='name'>PRC Napoli</data>
<data key='acronym'>PRC</data>
<data key='location'>Napoli</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>antocamma@virgilio.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='379'>
<data key='nid'>379</data>
<data key='name'>PRC Orte</data>
<data key='acronym'>PRC</data>
<data key='location'>Orte</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>fabiolasantori@hotmail.com</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='380'>
<data key='nid'>380</data>
<data key='name'>PRC Roma</data>
<data key='acronym'>PRC</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>giovannifloris@libero.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='381'>
<data key='nid'>381</data>
<data key='name'>PRC Torino</data>
<data key='acronym'>PRC</data>
<data key='location'>Torino</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>il.moro1@virgilio.it</data>
<data key='description'>Local branch of the Italian Communist party PRC</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='382'>
<data key='nid'>382</data>
<data key='name'>Prefeitura Municipal de Alvorada - Brasil</data>
<data key='acronym'>Prefeitura Municipal de Alvorada - Brasil</data>
<data key='location'>Alvorada</data>
<data key='country'>Brazil</data>
<data key='website'>http://www.alvorada.rs.gov.br/</data>
<data key='contact'>gprefeita@alvorada.rs.gov.br</data>
<data key='description'>Brazilian local administrative body</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='383'>
<data key='nid'>383</data>
<data key='name'>Presence Musulmane</data>
<data key='acronym'>Presence Musulmane</data>
<data key='location'>Montreal</data>
<data key='country'>Canada</data>
<data key='website'>http://www.presencemusulmane.org/</data>
<data key='contact'>info@presencemusulmane.org</data>
<data key='description'>Collective of Muslim people in Canada, aiming to create a platform for a dialogue about Islam.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf1'>Firenze</data>
</node>
<node id='384'>
<data key='nid'>384</data>
<data key='name'>Prix Leonardo - FMIP</data>
<data key='acronym'>Prix Leonardo - FMIP</data>
<data key='location'>Parma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.prixleonardo.it/</data>
<data key='contact'>info@prixleonardo.org</data>
<data key='description'>Medical foundation organising an international prize.</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='385'>
<data key='nid'>385</data>
<data key='name'>Progetto Go-El - Associazione Papa Giovanni XXIII</data>
<data key='acronym'>Progetto Go-El - Associazione Papa Giovanni XXIII</data>
<data key='location'>Rimini</data>
<data key='country'>Italy</data>
<data key='website'>http://www.peacelink.it/amici/apg23</data>
<data key='contact'>goeLapg23@libero.it</data>
<data key='description'>Project against the compulsory army service in Turkey, to support conscientious objectors.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='386'>
<data key='nid'>386</data>
<data key='name'>Progetto Vivere Vegan</data>
<data key='acronym'>Progetto Vivere Vegan</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.viverevegan.org/</data>
<data key='contact'>info@viverevegan.org</data>
<data key='description'>Association operating in Italy to promote Veganism</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='387'>
<data key='nid'>387</data>
<data key='name'>Proutist Universal</data>
<data key='acronym'>Proutist Universal</data>
<data key='location'>Copenhagen</data>
<data key='country'>Denmark</data>
<data key='website'>http://www.proutworld.org</data>
<data key='contact'>globaloffice@prout.org</data>
<data key='description'>An international NGO promoting the Progressive Utilization Theory (PROUT), a socio-economic model that promotes the maximum utilization and rational distribution with cooperatives.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='388'>
<data key='nid'>388</data>
<data key='name'>Proutist Universal Italia</data>
<data key='acronym'>Proutist Universal Italia</data>
<data key='location'>Verona</data>
<data key='country'>Italy</data>
<data key='website'>http://www.prout.it</data>
<data key='contact'>info@prout.it</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='389'>
<data key='nid'>389</data>
<data key='name'>Provincia di Lucca</data>
<data key='acronym'>Provincia di Lucca</data>
<data key='location'>Lucca</data>
<data key='country'>Italy</data>
<data key='website'>http://www.provincia.lucca.it/</data>
<data key='contact'>comunicazione@provincia.lucca.it</data>
<data key='description'>Local administrative body in Italy</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='390'>
<data key='nid'>390</data>
<data key='name'>Provincia di Massa-Carrara</data>
<data key='acronym'>Provincia di Massa-Carrara</data>
<data key='location'>Massa</data>
<data key='country'>Italy</data>
<data key='website'>http://www.provincia.ms.it/</data>
<data key='contact'>info@provincia.ms.it</data>
<data key='description'>Local administrative body in Italy</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='391'>
<data key='nid'>391</data>
<data key='name'>Provincia di Parma</data>
<data key='acronym'>Provincia di Parma</data>
<data key='location'>Parma</data>
<data key='country'>Italy</data>
<data key='website'>www2.provincia.parma.it/</data>
<data key='contact'>t.cogo@provincia.parma.it</data>
<data key='description'>Local administrative body in Italy</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='392'>
<data key='nid'>392</data>
<data key='name'>PRT-Izquierda Revolucionaria</data>
<data key='acronym'>PRT-Izquierda Revolucionaria</data>
<data key='location'>Madrid</data>
<data key='country'>Spain</data>
<data key='website'>http://www.marxismo.org/ir.htm</data>
<data key='contact'>info@marxismo.org</data>
<data key='description'>Left wing Marxist Spanish party.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='393'>
<data key='nid'>393</data>
<data key='name'>Psichiatria Democratica</data>
<data key='acronym'>PD</data>
<data key='location'>Napoli</data>
<data key='country'>Italy</data>
<data key='website'>http://www.psichiatriademocratica.com/</data>
<data key='contact'>psichiatriademocratica@katamail.com</data>
<data key='description'>Association for a different approach to the psichiatric issues.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='394'>
<data key='nid'>394</data>
<data key='name'>Psoe Brunete</data>
<data key='acronym'>Psoe Brunete</data>
<data key='location'>Brunete</data>
<data key='country'>Spain</data>
<data key='website'>http://www.brunete.org/tema.asp%3Ftema%3DGrupo+Municipal+PSOE</data>
<data key='contact'>brunete@brunete.org</data>
<data key='description'>Local group of the Socialist party of Spain (PSOE)</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='395'>
<data key='nid'>395</data>
<data key='name'>Pubblica Assistenza di Campi Bisenzio</data>
<data key='acronym'>Pubblica Assistenza di Campi Bisenzio</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.pacampi.it/</data>
<data key='contact'>info@pacampi.it</data>
<data key='description'>Volunteering association since 1855</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='396'>
<data key='nid'>396</data>
<data key='name'>Public Eye on Davos c/o Dichiarazione di Berna</data>
<data key='acronym'>Public Eye on Davos c/o Dichiarazione di Berna</data>
<data key='location'>Zurich</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.evb.ch/index.cfm%3Ffolder_id%3D409</data>
<data key='contact'>publiceye@evb.ch</data>
<data key='description'>International event held at the same time as the WEF annual meeting in Davos. It is the joint project of a coalition of NGOs from all the continents. It focuses on a well-grounded critique of the neoliberal globalization influentially promoted by WEF memb</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='397'>
<data key='nid'>397</data>
<data key='name'>Public Service Association of New South Wales</data>
<data key='acronym'>Public Service Association of New South Wales</data>
<data key='location'>Sidney</data>
<data key='country'>Australia</data>
<data key='website'>http://www.psa.labor.net.au/</data>
<data key='contact'>psa@psa.asn.au</data>
<data key='description'>The PSA represents members on all aspects of their working life and provides some value-added services on top of this. Members are represented collectively and individually.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='398'>
<data key='nid'>398</data>
<data key='name'>Public Services International Research Unit University of Greenwich</data>
<data key='acronym'>PSIRU</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>psiru@psiru.org</data>
<data key='description'>Makes research about the way public services work in the world, focusing expecially on water, energy, healthcare.</data>
<data key='type'>Research or documentation entity</data>
<data key='image'>images/Research-or-documentation-entity.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='399'>
<data key='nid'>399</data>
<data key='name'>Publicamente</data>
<data key='acronym'>Publicamente</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.publicamente.it/</data>
<data key='contact'>info@publicamente.it</data>
<data key='description'>Social and cultural association committed in political issues.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='400'>
<data key='nid'>400</data>
<data key='name'>Pueblos. Revista de informacion y debate</data>
<data key='acronym'>Pueblos. Revista de informacion y debate</data>
<data key='location'>Madrid</data>
<data key='country'>Spain</data>
<data key='website'>http://www.revistapueblos.org/</data>
<data key='contact'>redaccion@revistapueblos.org</data>
<data key='description'>Quarterly review of information and debate about social movements and international issues</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='401'>
<data key='nid'>401</data>
<data key='name'>Punto Rosso / Forum Mondiale delle Alternative</data>
<data key='acronym'>Punto Rosso / Forum Mondiale delle Alternative</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.puntorosso.it</data>
<data key='contact'>pr@puntorosso.it</data>
<data key='description'>Alternative social forum for cultural research and for promoting debates about a new critical and antagonistic culture.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='402'>
<data key='nid'>402</data>
<data key='name'>Punto Rosso di Fermo - Porto San Giorgio</data>
<data key='acronym'>Punto Rosso di Fermo - Porto San Giorgio</data>
<data key='location'>Porto S. Giorgio</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>fulimeni@jumpy.it</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='403'>
<data key='nid'>403</data>
<data key='name'>Purple Party Foundation</data>
<data key='acronym'>Purple Party Foundation</data>
<data key='location'>Dallas</data>
<data key='country'>USA</data>
<data key='website'>http://www.dallaspurpleparty.com/</data>
<data key='contact'>info@dallaspurpleparty.org</data>
<data key='description'>Organization constructed of dedicated individuals who are committed to helping people living with HIV and Breast Cancer</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='404'>
<data key='nid'>404</data>
<data key='name'>Quadrifoglio SPA Azienda igiene ambientale</data>
<data key='acronym'>Quadrifoglio SPA Azienda igiene ambientale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.quadrifoglio.org</data>
<data key='contact'>quadrifoglio@quadrifoglio.org</data>
<data key='description'>Society of environmental services</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='405'>
<data key='nid'>405</data>
<data key='name'>Quartiers du Monde</data>
<data key='acronym'>Quartiers du Monde</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.quartiersdumonde.org</data>
<data key='contact'>qdm@quartiersdumonde.org</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='406'>
<data key='nid'>406</data>
<data key='name'>Queeringsapienza</data>
<data key='acronym'>Queeringsapienza</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>digilander.libero.it/queeringsapienza/sito/punti.htm</data>
<data key='contact'>queeringsapienza@yahoogroups.com</data>
<data key='description'>Political, social, cultural group, focused on sexuality issues.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf2'>Paris</data>
</node>
<node id='407'>
<data key='nid'>407</data>
<data key='name'>Radio Anadolun Sesi</data>
<data key='acronym'>Radio Anadolun Sesi</data>
<data key='location'>Istanbul</data>
<data key='country'>Turkey</data>
<data key='website'>http://www.anadolununsesi.com.tr</data>
<data key='contact'>info@anadolununsesi.com.tr</data>
<data key='description'>Turkish radio station</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='408'>
<data key='nid'>408</data>
<data key='name'>Radio citta 103</data>
<data key='acronym'>Radio citta 103</data>
<data key='location'>Bologna</data>
<data key='country'>Italy</data>
<data key='website'>http://www.rc103.it</data>
<data key='contact'>rc103@rc103.it</data>
<data key='description'>Independent radio station of Bologna, Italy. Belongs to the radio GAP network.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='group'>Radio GAP</data>
<data key='esf1'>Firenze</data>
</node>
<node id='409'>
<data key='nid'>409</data>
<data key='name'>Radio Facolta' di Frequenza, Siena</data>
<data key='acronym'>FDF</data>
<data key='location'>Siena</data>
<data key='country'>Italy</data>
<data key='website'>http://www.radio.unisi.it/</data>
<data key='contact'>radio@unisi.it</data>
<data key='description'>Radio station of the University of Siena.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='410'>
<data key='nid'>410</data>
<data key='name'>RADP - Rural Areas Development Program Nepal</data>
<data key='acronym'>RADP - Rural Areas Development Program Nepal</data>
<data key='location'>Kathmandu</data>
<data key='country'>Nepal</data>
<data key='website'>na</data>
<data key='contact'>radp_org@wlink.com.np</data>
<data key='description'>Focuses on the development of rural areas in Nepal to enhance the standard of living by implementing programmes for alternative income generation and education.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='411'>
<data key='nid'>411</data>
<data key='name'>Rappresentanze di base</data>
<data key='acronym'>RdB</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.rdbcub.it/</data>
<data key='contact'>federazione@rdbcub.it</data>
<data key='description'>Independent Italian trade union, national federation.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='412'>
<data key='nid'>412</data>
<data key='name'>Rapsode Production</data>
<data key='acronym'>Rapsode Production</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>rapsode@club-internet.fr</data>
<data key='description'>Independent audiovisual production structure, focused on social and cultural issues.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='413'>
<data key='nid'>413</data>
<data key='name'>Rayos de sol onlus</data>
<data key='acronym'>Rayos de sol onlus</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.rayosdesol.it/</data>
<data key='contact'>rayosdesol@katamail.com</data>
<data key='description'>Association committed in solidarity activities for Bolivian people.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='414'>
<data key='nid'>414</data>
<data key='name'>REC Aylesbury Vale Racial Equality Council</data>
<data key='acronym'>REC Aylesbury Vale Racial Equality Council</data>
<data key='location'>Aylesbury</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>avrec@ukonline.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='415'>
<data key='nid'>415</data>
<data key='name'>REC Barking and Dagenham</data>
<data key='acronym'>REC Barking and Dagenham</data>
<data key='location'>Barking</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>bardag.rec@eidosnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='416'>
<data key='nid'>416</data>
<data key='name'>REC Bath and North East Somerset</data>
<data key='acronym'>REC Bath and North East Somerset</data>
<data key='location'>Bath</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.bathnesrec.freeserve.co.uk</data>
<data key='contact'>rec@bathnesrec.freeserve.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='417'>
<data key='nid'>417</data>
<data key='name'>REC Bedford</data>
<data key='acronym'>REC Bedford</data>
<data key='location'>Bedford</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.bedfordrec.org</data>
<data key='contact'>brec@fsmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='418'>
<data key='nid'>418</data>
<data key='name'>REC Blackburn with Darwen</data>
<data key='acronym'>REC Blackburn with Darwen</data>
<data key='location'>Blackburn</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>hamid@blackburnrec.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='419'>
<data key='nid'>419</data>
<data key='name'>REC Bolton</data>
<data key='acronym'>REC Bolton</data>
<data key='location'>Bolton</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>brec.staff@zoom.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='420'>
<data key='nid'>420</data>
<data key='name'>REC Bristol</data>
<data key='acronym'>REC Bristol</data>
<data key='location'>Bristol</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>bristolrec@aol.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='421'>
<data key='nid'>421</data>
<data key='name'>REC Bromley</data>
<data key='acronym'>REC Bromley</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>brec@onetel.net.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='422'>
<data key='nid'>422</data>
<data key='name'>REC Bury Metro</data>
<data key='acronym'>REC Bury Metro</data>
<data key='location'>Bury</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>info@bmrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='423'>
<data key='nid'>423</data>
<data key='name'>REC Cardiff Race Equality First</data>
<data key='acronym'>REC Cardiff Race Equality First</data>
<data key='location'>Cardiff</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>race.equality@enablis.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='424'>
<data key='nid'>424</data>
<data key='name'>REC Central Scotland</data>
<data key='acronym'>REC Central Scotland</data>
<data key='location'>Falkirk</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.centralscotlandrec.org.uk</data>
<data key='contact'>csrecl@aol.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='425'>
<data key='nid'>425</data>
<data key='name'>REC Charnwood</data>
<data key='acronym'>REC Charnwood</data>
<data key='location'>Loughborough</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>crec@btconnect.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='426'>
<data key='nid'>426</data>
<data key='name'>REC Cheshire, Halton and Warrington</data>
<data key='acronym'>REC Cheshire, Halton and Warrington</data>
<data key='location'>Chester</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.chawrec.demon.co.uk</data>
<data key='contact'>office@chawrec.demon.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='427'>
<data key='nid'>427</data>
<data key='name'>REC Chiltern</data>
<data key='acronym'>REC Chiltern</data>
<data key='location'>Chesham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>mrec51@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='428'>
<data key='nid'>428</data>
<data key='name'>REC Darlington and Durham County</data>
<data key='acronym'>REC Darlington and Durham County</data>
<data key='location'>Darlington</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>ddcrec@care4free.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='429'>
<data key='nid'>429</data>
<data key='name'>REC Derby</data>
<data key='acronym'>REC Derby</data>
<data key='location'>Derby</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>derbyrec@btconnect.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='430'>
<data key='nid'>430</data>
<data key='name'>REC Devon and Exeter</data>
<data key='acronym'>REC Devon and Exeter</data>
<data key='location'>Exeter</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.devonrec.org.uk</data>
<data key='contact'>derec@talk21.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='431'>
<data key='nid'>431</data>
<data key='name'>REC Dorset</data>
<data key='acronym'>REC Dorset</data>
<data key='location'>Bournemouth</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>dorset.raceequality@ukonline.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='432'>
<data key='nid'>432</data>
<data key='name'>REC Dudley</data>
<data key='acronym'>REC Dudley</data>
<data key='location'>Dudley</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.dudleyrec.org.uk</data>
<data key='contact'>dudley@racialequalitycouncil.freeserve.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='433'>
<data key='nid'>433</data>
<data key='name'>REC East Staffordshire</data>
<data key='acronym'>REC East Staffordshire</data>
<data key='location'>Burton Upon Trent</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>amir.kabal@btconnect.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='434'>
<data key='nid'>434</data>
<data key='name'>REC Edinburgh and Lothians</data>
<data key='acronym'>REC Edinburgh and Lothians</data>
<data key='location'>Edinburgh</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>elrec@lrec.demon.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='435'>
<data key='nid'>435</data>
<data key='name'>REC Enfield</data>
<data key='acronym'>REC Enfield</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>enfieldrec.erec@virgin.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='436'>
<data key='nid'>436</data>
<data key='name'>REC Essex</data>
<data key='acronym'>REC Essex</data>
<data key='location'>Southend on Sea</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>erecsouthend@supanet.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='437'>
<data key='nid'>437</data>
<data key='name'>REC Essex - Basildon Sub-Office</data>
<data key='acronym'>REC Essex - Basildon Sub-Office</data>
<data key='location'>Basildon</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>erecbasildon@supanet.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='438'>
<data key='nid'>438</data>
<data key='name'>REC Fife</data>
<data key='acronym'>REC Fife</data>
<data key='location'>Kirkcaldy</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>fife.rec@btinternet.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='439'>
<data key='nid'>439</data>
<data key='name'>REC Gloucestershire</data>
<data key='acronym'>REC Gloucestershire</data>
<data key='location'>Gloucester</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>enquiries@glosrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='440'>
<data key='nid'>440</data>
<data key='name'>REC Grampian</data>
<data key='acronym'>REC Grampian</data>
<data key='location'>Aberdeen</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.grec.co.uk</data>
<data key='contact'>info@grec.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='441'>
<data key='nid'>441</data>
<data key='name'>REC Haringey</data>
<data key='acronym'>REC Haringey</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>haringeyrec@aol.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='442'>
<data key='nid'>442</data>
<data key='name'>REC Harrow</data>
<data key='acronym'>REC Harrow</data>
<data key='location'>Harrow</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>hcre@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='443'>
<data key='nid'>443</data>
<data key='name'>REC Hillingdon</data>
<data key='acronym'>REC Hillingdon</data>
<data key='location'>Hayes</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.hillingdonrec.org.uk</data>
<data key='contact'>hrec@hillingdonrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='444'>
<data key='nid'>444</data>
<data key='name'>REC Hounslow</data>
<data key='acronym'>REC Hounslow</data>
<data key='location'>Hounslow</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.hrec.org.uk</data>
<data key='contact'>hrec123@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='445'>
<data key='nid'>445</data>
<data key='name'>REC Ipswich and Suffolk</data>
<data key='acronym'>REC Ipswich and Suffolk</data>
<data key='location'>Ipswich</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.iscre.org.uk</data>
<data key='contact'>office@iscre.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='446'>
<data key='nid'>446</data>
<data key='name'>REC Kingstone</data>
<data key='acronym'>REC Kingstone</data>
<data key='location'>Kingstone</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>enquiries@kingstonrec.org</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='447'>
<data key='nid'>447</data>
<data key='name'>REC Kirklees</data>
<data key='acronym'>REC Kirklees</data>
<data key='location'>Huddersfield</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.kirklees-rec.com</data>
<data key='contact'>kirklees.rec@virgin.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='448'>
<data key='nid'>448</data>
<data key='name'>REC Leeds</data>
<data key='acronym'>REC Leeds</data>
<data key='location'>Leeds</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>leedsrec@btinternet.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='449'>
<data key='nid'>449</data>
<data key='name'>REC Leicester</data>
<data key='acronym'>REC Leicester</data>
<data key='location'>Leicester</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.lrec.org.uk</data>
<data key='contact'>administrator@lrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='450'>
<data key='nid'>450</data>
<data key='name'>REC Lincolnshire</data>
<data key='acronym'>REC Lincolnshire</data>
<data key='location'>Lincoln</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>april@lincs-rec.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='451'>
<data key='nid'>451</data>
<data key='name'>REC Medway</data>
<data key='acronym'>REC Medway</data>
<data key='location'>Gillingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>mrec51@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='452'>
<data key='nid'>452</data>
<data key='name'>REC Newham Race Equality</data>
<data key='acronym'>REC Newham Race Equality</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>valerie.brown@ncre.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='453'>
<data key='nid'>453</data>
<data key='name'>REC North Staffordshire</data>
<data key='acronym'>REC North Staffordshire</data>
<data key='location'>Hanley, Stoke on Trent</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.nsrec.co.uk</data>
<data key='contact'>nsrec@btconnect.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='454'>
<data key='nid'>454</data>
<data key='name'>REC North West Kent</data>
<data key='acronym'>REC North West Kent</data>
<data key='location'>Dartford</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.nwkrec.com</data>
<data key='contact'>dev_nwkrec@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='455'>
<data key='nid'>455</data>
<data key='name'>REC Northamptonshire</data>
<data key='acronym'>REC Northamptonshire</data>
<data key='location'>Wellingborough</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.northamptonshirerec.org.uk</data>
<data key='contact'>info@northamptonshirerec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='456'>
<data key='nid'>456</data>
<data key='name'>REC Norwich and Norfolk</data>
<data key='acronym'>REC Norwich and Norfolk</data>
<data key='location'>Norwich</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.nnrec.org.uk</data>
<data key='contact'>admin@nnrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='457'>
<data key='nid'>457</data>
<data key='name'>REC Nottingham and District</data>
<data key='acronym'>REC Nottingham and District</data>
<data key='location'>Nottingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>action@nottsrec.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='458'>
<data key='nid'>458</data>
<data key='name'>REC Oxfordshire</data>
<data key='acronym'>REC Oxfordshire</data>
<data key='location'>Oxford</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>oxfordshirerec@yahoo.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='459'>
<data key='nid'>459</data>
<data key='name'>REC Peterborough</data>
<data key='acronym'>REC Peterborough</data>
<data key='location'>Peterborough</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.pbororec.org.uk</data>
<data key='contact'>prec@lineone.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='460'>
<data key='nid'>460</data>
<data key='name'>REC Plymouth and District</data>
<data key='acronym'>REC Plymouth and District</data>
<data key='location'>Bretonside Plymouth</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>plymouthrec@aol.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='461'>
<data key='nid'>461</data>
<data key='name'>REC Preston and Western Lancashire</data>
<data key='acronym'>REC Preston and Western Lancashire</data>
<data key='location'>Preston</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>faruk.desai@prestonrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='462'>
<data key='nid'>462</data>
<data key='name'>REC Reading</data>
<data key='acronym'>REC Reading</data>
<data key='location'>Reading</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.rcre.co.uk</data>
<data key='contact'>rajinder@rcre.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='463'>
<data key='nid'>463</data>
<data key='name'>REC Redbridge</data>
<data key='acronym'>REC Redbridge</data>
<data key='location'>Ilford</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>michael.nunoo@redbridgerec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='464'>
<data key='nid'>464</data>
<data key='name'>REC Rotherham</data>
<data key='acronym'>REC Rotherham</data>
<data key='location'>Rotherham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>rrec@itz3.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='465'>
<data key='nid'>465</data>
<data key='name'>REC Rugby</data>
<data key='acronym'>REC Rugby</data>
<data key='location'>Rugby</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>rugbyrec@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='466'>
<data key='nid'>466</data>
<data key='name'>REC Sandwell Race Equality</data>
<data key='acronym'>REC Sandwell Race Equality</data>
<data key='location'>Smethwick</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>jameel_res@hotmail.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='467'>
<data key='nid'>467</data>
<data key='name'>REC Sheffield</data>
<data key='acronym'>REC Sheffield</data>
<data key='location'>Sheffield</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>sheffield.rec@btconnect.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='468'>
<data key='nid'>468</data>
<data key='name'>REC Slough</data>
<data key='acronym'>REC Slough</data>
<data key='location'>Slough</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>sloughrace@yahoo.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='469'>
<data key='nid'>469</data>
<data key='name'>REC Somerset</data>
<data key='acronym'>REC Somerset</data>
<data key='location'>Yeovil</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>srec@asrec.freeserve.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='470'>
<data key='nid'>470</data>
<data key='name'>REC South East Wales</data>
<data key='acronym'>REC South East Wales</data>
<data key='location'>Newport Gwent</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>sewrec@ukonline.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='471'>
<data key='nid'>471</data>
<data key='name'>REC Southwark</data>
<data key='acronym'>REC Southwark</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.southwarkrec.org.uk</data>
<data key='contact'>info@southwarkrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='472'>
<data key='nid'>472</data>
<data key='name'>REC Sutton</data>
<data key='acronym'>REC Sutton</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>admin@suttonrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='473'>
<data key='nid'>473</data>
<data key='name'>REC Swansea Bay</data>
<data key='acronym'>REC Swansea Bay</data>
<data key='location'>Swansea</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.sbrec.org.uk</data>
<data key='contact'>director@sbrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='474'>
<data key='nid'>474</data>
<data key='name'>REC Swindon</data>
<data key='acronym'>REC Swindon</data>
<data key='location'>Swindon</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>swindonrec@srec.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='475'>
<data key='nid'>475</data>
<data key='name'>REC Tameside</data>
<data key='acronym'>REC Tameside</data>
<data key='location'>Ashton under Lyne</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.tameside-rec.org.uk</data>
<data key='contact'>trec@btopenworld.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='476'>
<data key='nid'>476</data>
<data key='name'>REC Tayside</data>
<data key='acronym'>REC Tayside</data>
<data key='location'>Dundee</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>admin@trec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='477'>
<data key='nid'>477</data>
<data key='name'>REC Telford and Shropshire</data>
<data key='acronym'>REC Telford and Shropshire</data>
<data key='location'>Wellington</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>rec@telford-shropshire.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='478'>
<data key='nid'>478</data>
<data key='name'>REC Valleys</data>
<data key='acronym'>REC Valleys</data>
<data key='location'>Pontypridd</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>valrec@valrec.freeserve.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='479'>
<data key='nid'>479</data>
<data key='name'>REC Waltham Forest</data>
<data key='acronym'>REC Waltham Forest</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>rec@walthamforest.freeserve.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='480'>
<data key='nid'>480</data>
<data key='name'>REC Warwick District</data>
<data key='acronym'>REC Warwick District</data>
<data key='location'>Leamington Spa</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>admin@wdrec.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='481'>
<data key='nid'>481</data>
<data key='name'>REC Watford</data>
<data key='acronym'>REC Watford</data>
<data key='location'>Watford</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>info@watfordrec.org</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='482'>
<data key='nid'>482</data>
<data key='name'>REC West Midlands Race Equality</data>
<data key='acronym'>REC West Midlands Race Equality</data>
<data key='location'>Birmingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.rewm.org</data>
<data key='contact'>rewm@rewm.org</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='483'>
<data key='nid'>483</data>
<data key='name'>REC West of Scotland</data>
<data key='acronym'>REC West of Scotland</data>
<data key='location'>Glasgow</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>westofscotland@wsrec.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='484'>
<data key='nid'>484</data>
<data key='name'>REC Westminster</data>
<data key='acronym'>REC Westminster</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>westminrec@gn.apc.org</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='485'>
<data key='nid'>485</data>
<data key='name'>REC Wiltshire</data>
<data key='acronym'>REC Wiltshire</data>
<data key='location'>Trowbridge</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.wiltsrec.org.uk</data>
<data key='contact'>joesang@wiltsrec.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='486'>
<data key='nid'>486</data>
<data key='name'>REC Worcestershire</data>
<data key='acronym'>REC Worcestershire</data>
<data key='location'>Worcester</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>worcesterrec@aol.com</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='487'>
<data key='nid'>487</data>
<data key='name'>REC Wycombe</data>
<data key='acronym'>REC Wycombe</data>
<data key='location'>High Wycombe</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>wycombe.rec@virgin.net</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='488'>
<data key='nid'>488</data>
<data key='name'>Red Ciudadana por la Abolicion de la Deuda Externa</data>
<data key='acronym'>RCADE</data>
<data key='location'>Atxuri - Bilbo</data>
<data key='country'>Spain</data>
<data key='website'>http://www.rcade.org</data>
<data key='contact'>mailto:oficina@rcade.org</data>
<data key='description'>Network campaigning to push the Spanish government to cancel the debts that poor countries have with Spain.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='489'>
<data key='nid'>489</data>
<data key='name'>Red de Educacion Popular entre Mujeres de America Latina y el Caribe</data>
<data key='acronym'>REPEM</data>
<data key='location'>Montevideo</data>
<data key='country'>Uruguay</data>
<data key='website'>http://www.repem.org.uy/</data>
<data key='contact'>repem@repem.org.uy</data>
<data key='description'>Network for popular education among women of Latin America and caribbeans</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='490'>
<data key='nid'>490</data>
<data key='name'>REN North Wales Racial Equality Network</data>
<data key='acronym'>REN</data>
<data key='location'>Colwyn Bay</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>nwren@tiscali.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='491'>
<data key='nid'>491</data>
<data key='name'>REN York Race Equality Network</data>
<data key='acronym'>REN</data>
<data key='location'>York</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>yren@onetel.net.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='492'>
<data key='nid'>492</data>
<data key='name'>ReOrient</data>
<data key='acronym'>ReOrient</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.reorient.it/</data>
<data key='contact'>reorient@reorient.it</data>
<data key='description'>Association supporting and improving activities in favou r of disadvantaged children  in Italy and Vietnam</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='493'>
<data key='nid'>493</data>
<data key='name'>REP Ayrshire Race Equality Partnership</data>
<data key='acronym'>REP Ayrshire Race Equality Partnership</data>
<data key='location'>Kilmarnock</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.east-ayrshire.gov.uk</data>
<data key='contact'>graham.haugh@east-ayrshire.gov.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='494'>
<data key='nid'>494</data>
<data key='name'>REP Croydon</data>
<data key='acronym'>REP Croydon</data>
<data key='location'>Croydon</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>albert@repc.org.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='495'>
<data key='nid'>495</data>
<data key='name'>REP Herefordshire Racial Equality Partnership</data>
<data key='acronym'>REP Herefordshire Racial Equality Partnership</data>
<data key='location'>Hereford</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>nmeredith@herefordshire.gov.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='496'>
<data key='nid'>496</data>
<data key='name'>REP Merton Race Equality Partnership</data>
<data key='acronym'>REP Merton Race Equality Partnership</data>
<data key='location'>Morden</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>admin@mertonrep.fsnet.co.uk</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='497'>
<data key='nid'>497</data>
<data key='name'>REP Oldham</data>
<data key='acronym'>REP Oldham</data>
<data key='location'>Oldham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>orep@oebgs.org</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='498'>
<data key='nid'>498</data>
<data key='name'>Reporters sans frontieres</data>
<data key='acronym'>Reporters sans frontieres</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.rsf.org/</data>
<data key='contact'>rsf@rsf.org</data>
<data key='description'>Association of reporters for the freedom of the press.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='499'>
<data key='nid'>499</data>
<data key='name'>Reseau des Boutiques de Gestion</data>
<data key='acronym'>Reseau des Boutiques de Gestion</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.boutiques-de-gestion.com</data>
<data key='contact'>rbg@boutiques-de-gestion.com</data>
<data key='description'>Network for promoting and supporting the creation and the development of small enterprises.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='500'>
<data key='nid'>500</data>
<data key='name'>Reseau europeen des associations de lutte contre la pauvretéeacute; et l'exclusion sociale</data>
<data key='acronym'>EAPN</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.eapn.org</data>
<data key='contact'>team@eapn.skynet.be</data>
<data key='description'>European network to fight against poverty and social exclusion</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf2'>Paris</data>
</node>
<node id='501'>
<data key='nid'>501</data>
<data key='name'>Reseau Europeen Eglise de libertéeacute;</data>
<data key='acronym'>Reseau Europeen Eglise de libertéeacute;</data>
<data key='location'>Koog a/d Zaan</data>
<data key='country'>Netherlands</data>
<data key='website'>perso.wanadoo.fr/nsae-france/reseau_europeen6002.htm</data>
<data key='contact'>hubertournes@wanadoo.fr</data>
<data key='description'>European network, for a reform of the Church</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Religiosity and spirituality</data>
<data key='esf1'>Firenze</data>
</node>
<node id='502'>
<data key='nid'>502</data>
<data key='name'>Rete Lilliput</data>
<data key='acronym'>Rete Lilliput</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.retelilliput.org</data>
<data key='contact'>segreteria@retelilliput.org</data>
<data key='description'>Italian network for social justice and fair trade inside the economic relations.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='503'>
<data key='nid'>503</data>
<data key='name'>Rete Radie Resch - Rete Lilliput</data>
<data key='acronym'>Rete Radie Resch - Rete Lilliput</data>
<data key='location'>Foggia</data>
<data key='country'>Italy</data>
<data key='website'>http://www.reterr.it</data>
<data key='contact'>reterr@reterr.it</data>
<data key='description'>Network association developing projects of the international solidarity, trying to build a different future humanity</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>Rete Lilliput</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='504'>
<data key='nid'>504</data>
<data key='name'>Rete Universitaria Milanese</data>
<data key='acronym'>Rete Universitaria Milanese</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ecn.org/antig8/</data>
<data key='contact'>rum@ecn.org</data>
<data key='description'>Network of students of the University of Milano,  against war and globalisation.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='505'>
<data key='nid'>505</data>
<data key='name'>ReteGlobaleLocale</data>
<data key='acronym'>RGL</data>
<data key='location'>Camorino</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.reteglobalelocale.org/</data>
<data key='contact'>reteglobalelocale@bluemail.ch</data>
<data key='description'>Groupe for peace, environment and global justice in the Italian speaking area of Ticino, in Switzerland.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='506'>
<data key='nid'>506</data>
<data key='name'>Riv’Nord</data>
<data key='acronym'>Riv’Nord</data>
<data key='location'>Saint Denis</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sycoren@club-internet.fr</data>
<data key='description'>Association, produces audio-visual documents in order to improve a participative relation with information and communication in the area of Saint Denis</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf1'>Firenze</data>
</node>
<node id='507'>
<data key='nid'>507</data>
<data key='name'>Rivista Alternative Europa</data>
<data key='acronym'>Rivista Alternative Europa</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>web.tiscali.it/alternativeuropa/</data>
<data key='contact'>altreur@tin.it</data>
<data key='description'>Review for a society based on solidarity, democracy and peace (former Altenative)</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='508'>
<data key='nid'>508</data>
<data key='name'>Rivista dei Macchinisti Ancora in Marcia</data>
<data key='acronym'>Rivista dei Macchinisti Ancora in Marcia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>web.tiscali.it/ancora_IN_MARCIA/</data>
<data key='contact'>inmarcia@tiscalinet.it</data>
<data key='description'>Monthly review of train workers about work, trade unionism, culture.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='509'>
<data key='nid'>509</data>
<data key='name'>Rivista ecole</data>
<data key='acronym'>Rivista ecole</data>
<data key='location'>Como</data>
<data key='country'>Italy</data>
<data key='website'>xoomer.virgilio.it/celgross/ecole/</data>
<data key='contact'>coecole@tin.it</data>
<data key='description'>Bi-monthly review focused on arguments about school and education</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='510'>
<data key='nid'>510</data>
<data key='name'>Rivista GuerreandPace</data>
<data key='acronym'>GP</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.mercatiesplosivi.com/guerrepace/</data>
<data key='contact'>guerrepace@mclink.it</data>
<data key='description'>Monthly review of alternative information about war, peace and the new world order.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='511'>
<data key='nid'>511</data>
<data key='name'>Rivista Praxis</data>
<data key='acronym'>Rivista Praxis</data>
<data key='location'>Foligno</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>praxis@voceoperaia.it</data>
<data key='description'>Political review for a new left</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='512'>
<data key='nid'>512</data>
<data key='name'>Rivista Quale Stato</data>
<data key='acronym'>Rivista Quale Stato</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.fpcgil.it/effepi/qs_pre.htm</data>
<data key='contact'>fp.qualestato@mail.cgil.it</data>
<data key='description'>Quarterly review of the CGIL/FP trade union, focused on arguments regarding the public administration and the institutions</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='513'>
<data key='nid'>513</data>
<data key='name'>RMT - Rail, Maritime and Transport Workers National Union (UK)</data>
<data key='acronym'>RMT</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.rmt.org.uk</data>
<data key='contact'>info@rmt.org.uk</data>
<data key='description'>British transport trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='514'>
<data key='nid'>514</data>
<data key='name'>S.IN.Cobas - Sindacato Intercategoriale dei Comitati di Base</data>
<data key='acronym'>S.IN.Cobas - Sindacato Intercategoriale dei Comitati di Base</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.sincobas.it/</data>
<data key='contact'>sincobas.naz@sincobas.it</data>
<data key='description'>Italian intercategorial basis committees trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='515'>
<data key='nid'>515</data>
<data key='name'>S.IN.COBAS comitato Frosinone</data>
<data key='acronym'>S.IN.COBAS comitato Frosinone</data>
<data key='location'>Frosinone</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>sincobas@libero.it</data>
<data key='description'>Italian intercategorial basis committees trade union, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='516'>
<data key='nid'>516</data>
<data key='name'>SAK - Central Organisation of Finnish Trade Unions</data>
<data key='acronym'>SAK</data>
<data key='location'>Helsinki</data>
<data key='country'>Finland</data>
<data key='website'>http://www.sak.fi</data>
<data key='contact'>sak@sak.fi</data>
<data key='description'>na</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='517'>
<data key='nid'>517</data>
<data key='name'>Sardigna Natzione</data>
<data key='acronym'>Sardigna Natzione</data>
<data key='location'>Cagliari</data>
<data key='country'>Italia</data>
<data key='website'>web.tiscali.it/sardignanatzione/</data>
<data key='contact'>sardignanatzione@tiscali.it</data>
<data key='description'>Political party aiming to the independence of the Sardinian nation.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf1'>Firenze</data>
</node>
<node id='518'>
<data key='nid'>518</data>
<data key='name'>Save Free Education</data>
<data key='acronym'>SFE</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>sfehq@hotmail.com</data>
<data key='description'>campaigning group of socialist inspiration, fighting for the right to a free education</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='519'>
<data key='nid'>519</data>
<data key='name'>SCI - Service Civil International</data>
<data key='acronym'>SCI</data>
<data key='location'>Antwerpen</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.sciint.org</data>
<data key='contact'>info@sciint.org</data>
<data key='description'>Service Civil International (SCI) is a worldwide peace organisation, founded in 1920. Our aims are to promote peace, international understanding and solidarity, social justice, sustainable development, and respect for the environment.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='520'>
<data key='nid'>520</data>
<data key='name'>SCI Belgique</data>
<data key='acronym'>SCI</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.scibelgium.be</data>
<data key='contact'>sci@scibelgium.be</data>
<data key='description'>Belgian partner of SCI, volunteers movement for peace</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='521'>
<data key='nid'>521</data>
<data key='name'>SCI Italia Servizio Civile Internazionale</data>
<data key='acronym'>SCI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.sci-italia.it</data>
<data key='contact'>info@sci-italia.it</data>
<data key='description'>Italian branch of the peace world wide movement Service Civil International. SCI-Italy is especially engaged in international volunteering,active citizenship, development education, international solidarity, peace civil action in conflict areas.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='522'>
<data key='nid'>522</data>
<data key='name'>SCOP - Societéeacute; Cooperative ouvriere de production</data>
<data key='acronym'>SCOP</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.scop.coop/</data>
<data key='contact'>cgcom@scop.coop</data>
<data key='description'>French federation of cooperative societies of production</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='523'>
<data key='nid'>523</data>
<data key='name'>SCOP URSCOP - Union Regionale des Societéeacute;s Cooperatives Ouvrieres de Production</data>
<data key='acronym'>UR SCOP</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.scop-idf.coop</data>
<data key='contact'>urparis@scop.coop</data>
<data key='description'>Regional union of the French federation of cooperative societies of production (SCOP)</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='524'>
<data key='nid'>524</data>
<data key='name'>Scuola di Pace di Boves</data>
<data key='acronym'>Scuola di Pace di Boves</data>
<data key='location'>Cuneo</data>
<data key='country'>Italy</data>
<data key='website'>http://www.scuoladipace.it/</data>
<data key='contact'>scuoladipace@gem.it</data>
<data key='description'>A place to teach and live peace.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='525'>
<data key='nid'>525</data>
<data key='name'>Scuola Italiano Migranti - Bologna</data>
<data key='acronym'>SIM</data>
<data key='location'>Bologna</data>
<data key='country'>Italy</data>
<data key='website'>http://www.bologna.social-forum.org/bsf/iniziative/sim.htm</data>
<data key='contact'>andreafrascari@libero.it</data>
<data key='description'>School of Italian language for immigrants, initiative of Bologna social forum.</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='526'>
<data key='nid'>526</data>
<data key='name'>Scuola Media 'Giovanni della Casa' Borgo S. Lorenzo</data>
<data key='acronym'>Scuola Media 'Giovanni della Casa' Borgo S. Lorenzo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.scuolamediaborgo.it/</data>
<data key='contact'>de.ma@katamail.com</data>
<data key='description'>Primary public school in Tuscany, Italy</data>
<data key='type'>Other - public school</data>
<data key='image'>images/Other---public-school.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='527'>
<data key='nid'>527</data>
<data key='name'>SDLP Youth</data>
<data key='acronym'>SDLP</data>
<data key='location'>Belfast</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.sdlp.ie/party/youth.shtm</data>
<data key='contact'>sdlp@indigo.ie</data>
<data key='description'>Youth branch of the social democratic labour party of Northern Ireland</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='528'>
<data key='nid'>528</data>
<data key='name'>Secours catholique - Caritas France</data>
<data key='acronym'>Secours catholique - Caritas France</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.secours-catholique.asso.fr</data>
<data key='contact'>accueil-info-national@secours-catholique.asso.fr</data>
<data key='description'>Catholic organisation to help excluded and poor persons.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf2'>Paris</data>
</node>
<node id='529'>
<data key='nid'>529</data>
<data key='name'>Secours Islamique</data>
<data key='acronym'>Secours Islamique</data>
<data key='location'>Saint-Denis</data>
<data key='country'>France</data>
<data key='website'>http://www.secours-islamique.org</data>
<data key='contact'>info@secours-islamique.org</data>
<data key='description'>NGO for international solidarity</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='530'>
<data key='nid'>530</data>
<data key='name'>Secretaria Executiva do Forum Social Mundial</data>
<data key='acronym'>Secretaria Executiva do Forum Social Mundial</data>
<data key='location'>Sao Paulo</data>
<data key='country'>Brazil</data>
<data key='website'>http://www.forumsocialmundial.org.br/</data>
<data key='contact'>fsm2003inter@uol.com.br</data>
<data key='description'>Brazilian body which coordinates the secretary for the World Social Forum 2005</data>
<data key='type'>Social Forum preparatory working group</data>
<data key='image'>images/Social-Forum-preparatory-working-group.png</data>
<data key='theme'>OTHERS - World social forum</data>
<data key='esf1'>Firenze</data>
</node>
<node id='531'>
<data key='nid'>531</data>
<data key='name'>SEI / SIB / GBI Sindacato Edilizia Industria svizzera</data>
<data key='acronym'>SEI SIB GBI</data>
<data key='location'>Zurich</data>
<data key='country'>Switzerland</data>
<data key='website'>gbi-sib-sei.ch/</data>
<data key='contact'>christa.suter@gbi.ch</data>
<data key='description'>Swiss trade union of workers of building industry</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='532'>
<data key='nid'>532</data>
<data key='name'>Sempreviva Organizacao Feminista</data>
<data key='acronym'>SOF</data>
<data key='location'>Sao Paulo</data>
<data key='country'>Brazil</data>
<data key='website'>http://www.sof.org.br</data>
<data key='contact'>sof@sof.org.br</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='533'>
<data key='nid'>533</data>
<data key='name'>Sesto Continente</data>
<data key='acronym'>Sesto Continente</data>
<data key='location'>Sesto San Giovanni</data>
<data key='country'>Italy</data>
<data key='website'>http://www.sesto-continente.org</data>
<data key='contact'>m.solinas@aruba.it</data>
<data key='description'>Association involved in project based on volunteers about education and health in third world countries</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='534'>
<data key='nid'>534</data>
<data key='name'>Shared Planet Society</data>
<data key='acronym'>Shared Planet Society</data>
<data key='location'>Aberdeen</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.abdn.ac.uk/~src167/</data>
<data key='contact'>sharedplanet@abdn.ac.uk</data>
<data key='description'>Platform for all those concerned with human rights, development and environmental issues, in the University of Aberdeen.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='535'>
<data key='nid'>535</data>
<data key='name'>Simon Jones Memorial Campaign</data>
<data key='acronym'>Simon Jones Memorial Campaign</data>
<data key='location'>Brighton</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.simonjones.org.uk</data>
<data key='contact'>action@simonjones.org.uk</data>
<data key='description'>In memory of a person died while at work, asking for justice.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='536'>
<data key='nid'>536</data>
<data key='name'>Sindacato autonomo FALCRI BNL</data>
<data key='acronym'>Sindacato autonomo FALCRI BNL</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.falcribnl.com</data>
<data key='contact'>falcribnl@yahoo.it</data>
<data key='description'>Autonomous trade union of the Italian BNL bank workers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='537'>
<data key='nid'>537</data>
<data key='name'>Sindacato Unitario Nazionale Inquilini e Assegnatari Firenze</data>
<data key='acronym'>SUNIA</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.sunia.it/files/sedi/toscana.htm</data>
<data key='contact'>suniafir@tin.it</data>
<data key='description'>Association of house tenants and grantees, for the right to the house for everybody.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Housing</data>
<data key='esf1'>Firenze</data>
</node>
<node id='538'>
<data key='nid'>538</data>
<data key='name'>Sipa Press</data>
<data key='acronym'>Sipa Press</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>info@sipa.com</data>
<data key='description'>One of the world's largest photo-press agencies</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='539'>
<data key='nid'>539</data>
<data key='name'>SIT - Syndicat interprofessionel de travailleuses et travailleurs</data>
<data key='acronym'>SIT</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.sit-syndicat.ch/</data>
<data key='contact'>sit@sit-syndicat.ch</data>
<data key='description'>Trade Union of the Swiss region of Geneve</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='540'>
<data key='nid'>540</data>
<data key='name'>SJ Sozialistische Jugend</data>
<data key='acronym'>SJ</data>
<data key='location'>Vienna</data>
<data key='country'>Austria</data>
<data key='website'>http://www.sjoe.at/</data>
<data key='contact'>office@sjoe.at</data>
<data key='description'>Youth Socialist Organization of Austria</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='541'>
<data key='nid'>541</data>
<data key='name'>SNJ - Syndicat National des Journalistes (Union syndicale G 10 Solidaires)</data>
<data key='acronym'>SNJ</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snj.fr</data>
<data key='contact'>snj@snj.fr</data>
<data key='description'>French Journalists trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US Solidaires G10</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='542'>
<data key='nid'>542</data>
<data key='name'>SNUDDI - syndicat national unitaire douanes et droits indirects</data>
<data key='acronym'>SNUDDI</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.fdsu.org/snuddi.htm</data>
<data key='contact'>snuddi@ras.eu.org</data>
<data key='description'>French trade union of customs</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US G10 solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='543'>
<data key='nid'>543</data>
<data key='name'>SNUI USG10Solidaires - Syndicat National Unifie des Impots</data>
<data key='acronym'>SNUI USG</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snui.fr</data>
<data key='contact'>snui@snui.fr</data>
<data key='description'>Taxes workers French trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US G10 solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='544'>
<data key='nid'>544</data>
<data key='name'>Social Forum Greece</data>
<data key='acronym'>Social Forum Greece</data>
<data key='location'>Athinai</data>
<data key='country'>Greece</data>
<data key='website'>http://www.socialforum.gr</data>
<data key='contact'>info@socialforum-media.gr</data>
<data key='description'>Social Forum of Greece</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='group'>European network of Local Social Forums</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='545'>
<data key='nid'>545</data>
<data key='name'>Social Forum Local d’Aubervilliers</data>
<data key='acronym'>Social Forum Local d’Aubervilliers</data>
<data key='location'>Aubervilliers</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>vie.associative@mairie-aubervilliers.fr</data>
<data key='description'>Local committee for the organisation of the FSE</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='546'>
<data key='nid'>546</data>
<data key='name'>Social Forum Local de Gironde</data>
<data key='acronym'>Social Forum Local de Gironde</data>
<data key='location'>Bordeaux</data>
<data key='country'>France</data>
<data key='website'>fsl33.free.fr</data>
<data key='contact'>fsl33@ml.free.fr</data>
<data key='description'>Local social forum from the region of Gironde</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='547'>
<data key='nid'>547</data>
<data key='name'>Socialisme Sans Frontieres</data>
<data key='acronym'>SSF</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>membres.lycos.fr/zumbi500/</data>
<data key='contact'>plantin@skynet.be</data>
<data key='description'>Belgian ONG for the education to the development and international solidarity</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='548'>
<data key='nid'>548</data>
<data key='name'>Socialismo Rivoluzionario</data>
<data key='acronym'>SR</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.socialismorivoluzionario.it/</data>
<data key='contact'>giovanna-pacini@katamail.com</data>
<data key='description'>Italian movement for a revolutionary Socialism</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='549'>
<data key='nid'>549</data>
<data key='name'>Socialist Alliance</data>
<data key='acronym'>Socialist Alliance</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>socialistalliance.org/</data>
<data key='contact'>office@socialistalliance.net</data>
<data key='description'>British socialist movement working towards a fair and truly sustainable society.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='550'>
<data key='nid'>550</data>
<data key='name'>Socialist Scholars Conference</data>
<data key='acronym'>Socialist Scholars Conference</data>
<data key='location'>New York</data>
<data key='country'>USA</data>
<data key='website'>http://www.socialistscholars.org</data>
<data key='contact'>info@socialistscholar.org</data>
<data key='description'>The largest annual event of the US left.</data>
<data key='type'>Other confluence space - annual conference</data>
<data key='image'>images/Other-confluence-space---annual-conference.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='551'>
<data key='nid'>551</data>
<data key='name'>Socialist Worker</data>
<data key='acronym'>Socialist Worker</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.socialistworker.co.uk/</data>
<data key='contact'>report@socialistworker.uk</data>
<data key='description'>Weekly socialist newspaper attached to the SWP of UK.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='552'>
<data key='nid'>552</data>
<data key='name'>Socialplatform</data>
<data key='acronym'>Socialplatform</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.socialplatform.org</data>
<data key='contact'>platform@socialplatform.org</data>
<data key='description'>Platform of European social NGOs, working together to build a Europe for all.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='553'>
<data key='nid'>553</data>
<data key='name'>Societéeacute;' pedagogique genevoise</data>
<data key='acronym'>SPG</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>spg.geneva-link.ch/</data>
<data key='contact'>spg@geneva-link.ch</data>
<data key='description'>Professional association and trade union of primary teachers in Geneve</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='554'>
<data key='nid'>554</data>
<data key='name'>Society for International Development</data>
<data key='acronym'>SID</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.sidint.org</data>
<data key='contact'>info@sidint.org</data>
<data key='description'>International NGO to promote social justice and foster democratic participation worldwide</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='555'>
<data key='nid'>555</data>
<data key='name'>Society for the Needy Foundation</data>
<data key='acronym'>SNF</data>
<data key='location'>Accra</data>
<data key='country'>Ghana</data>
<data key='website'>na</data>
<data key='contact'>sneedygh@yahoo.com</data>
<data key='description'>NGO for the physically challenged, orphans and street children</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='556'>
<data key='nid'>556</data>
<data key='name'>Soil Association</data>
<data key='acronym'>Soil Association</data>
<data key='location'>Bristol</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.soilassociation.org</data>
<data key='contact'>info@soilassociation.org</data>
<data key='description'>Campaigning and certification organisation for organic food and farming.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf1'>Firenze</data>
</node>
<node id='557'>
<data key='nid'>557</data>
<data key='name'>Solagral - Solidarite Agricole et Alimentaire</data>
<data key='acronym'>Solagral - Solidarite Agricole et Alimentaire</data>
<data key='location'>Nogent sur Marne Cedex</data>
<data key='country'>France</data>
<data key='website'>http://www.solagral.org</data>
<data key='contact'>solagral@solagral.asso.fr</data>
<data key='description'>NGO focused on issues about food and agriculture at the time of globalisation</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf1'>Firenze</data>
</node>
<node id='558'>
<data key='nid'>558</data>
<data key='name'>SOLIDAR</data>
<data key='acronym'>SOLIDAR</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.solidar.org/</data>
<data key='contact'>solidar@skynet.be</data>
<data key='description'>Independent international alliance of NGOs involved in social service provision and international cooperation.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='559'>
<data key='nid'>559</data>
<data key='name'>Solidariedade Imigrante</data>
<data key='acronym'>Solidariedade Imigrante</data>
<data key='location'>Lisboa</data>
<data key='country'>Portugal</data>
<data key='website'>http://www.solim.org</data>
<data key='contact'>solidariedade_imigrante@hotmail.com</data>
<data key='description'>Association for the defense of the immigrants' rights</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='560'>
<data key='nid'>560</data>
<data key='name'>Solidarite Socialiste</data>
<data key='acronym'>Solidarite Socialiste</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.solsoc.be</data>
<data key='contact'>jbastin@solsoc.be</data>
<data key='description'>NGO of cooperation for development, aiming to contribute to build peace, democracy and social justice.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='561'>
<data key='nid'>561</data>
<data key='name'>Soofi Shah Inayat Shaheed Sangat</data>
<data key='acronym'>SSISS</data>
<data key='location'>Faridabad</data>
<data key='country'>Pakistan</data>
<data key='website'>na</data>
<data key='contact'>ssissdevfound@yahoo.com</data>
<data key='description'>Pakistani NGO, active in the field of human, environmental and social rights</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='562'>
<data key='nid'>562</data>
<data key='name'>SOP Socialisticka Organizace Pracujicich</data>
<data key='acronym'>SOP</data>
<data key='location'>Prague</data>
<data key='country'>Czech Republic</data>
<data key='website'>sop-lrki.webpark.cz/</data>
<data key='contact'>sop@centrum.cz</data>
<data key='description'>Socialist revolutionary movement of Czech Republic, afifliated to the League for the fifth international</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='563'>
<data key='nid'>563</data>
<data key='name'>SOS Racisme international</data>
<data key='acronym'>SOS Racisme international</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sos-racisme.org/</data>
<data key='contact'>info@sos-racisme.org</data>
<data key='description'>Association with international branches fighting against racism and discrimination</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf2'>Paris</data>
</node>
<node id='564'>
<data key='nid'>564</data>
<data key='name'>Sosialistisk Ungdom / Socialist Youth for Norway</data>
<data key='acronym'>Sosialistisk Ungdom / Socialist Youth for Norway</data>
<data key='location'>Oslo</data>
<data key='country'>Norway</data>
<data key='website'>http://www.su.no/</data>
<data key='contact'>post@su.no</data>
<data key='description'>Youth branch of the Socialist party of Norway</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='565'>
<data key='nid'>565</data>
<data key='name'>Sosialistisk Venstreparti</data>
<data key='acronym'>SV</data>
<data key='location'>Oslo</data>
<data key='country'>Norway</data>
<data key='website'>http://www.sv.no/</data>
<data key='contact'>post@sv.no</data>
<data key='description'>Socialist Left Party of Norway</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='566'>
<data key='nid'>566</data>
<data key='name'>Sozialismus</data>
<data key='acronym'>Sozialismus</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.sozialismus.de</data>
<data key='contact'>redaktion@sozialismus.de</data>
<data key='description'>Monthly magazine about the left trade unions dynamics and the social movements in Germany</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='567'>
<data key='nid'>567</data>
<data key='name'>Sozialistische Alternative</data>
<data key='acronym'>SAV</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.sozialismus.info</data>
<data key='contact'>info@sav-online.de</data>
<data key='description'>Political movement for a socialist Europe, German section of CWI</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='568'>
<data key='nid'>568</data>
<data key='name'>Spazio Giovani Autogestito</data>
<data key='acronym'>SGA</data>
<data key='location'>Arese</data>
<data key='country'>Italy</data>
<data key='website'>http://www.spaziogiovaniautogestito.it/</data>
<data key='contact'>info@spaziogiovaniautogestito.it</data>
<data key='description'>Project based on cultural exchange and self-managed partecipation, for youth and spocial thematics.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Youth</data>
<data key='esf1'>Firenze</data>
</node>
<node id='569'>
<data key='nid'>569</data>
<data key='name'>Spazio Sociale filorosso/Associazione Entropia</data>
<data key='acronym'>Spazio Sociale filorosso/Associazione Entropia</data>
<data key='location'>Arcacavata di Rende</data>
<data key='country'>Italy</data>
<data key='website'>http://www.filorosso.it/</data>
<data key='contact'>info@filorosso.it</data>
<data key='description'>Social self-managed space aand association  inside the University of Calabria</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='570'>
<data key='nid'>570</data>
<data key='name'>SPEB Socialisme par en bas</data>
<data key='acronym'>SPEB Socialisme par en bas</data>
<data key='location'>Arcueil</data>
<data key='country'>France</data>
<data key='website'>http://www.socialismeparenbas.org/</data>
<data key='contact'>contact@socialismeparenbas.org</data>
<data key='description'>French socialist group based on the international socialist tradition of the Troskyist movement.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='571'>
<data key='nid'>571</data>
<data key='name'>SPS - Solidarieta' Pace e Sviluppo Aosta</data>
<data key='acronym'>SPS</data>
<data key='location'>Aosta</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>s.p.s@iol.it</data>
<data key='description'>Italian NGO operating in the internatonal cooperation for the development</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>CIPSI</data>
<data key='esf1'>Firenze</data>
</node>
<node id='572'>
<data key='nid'>572</data>
<data key='name'>SSP - Scottish Socialist Party</data>
<data key='acronym'>SSP</data>
<data key='location'>Glasgow</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.scottishsocialistparty.org/</data>
<data key='contact'>ssp.glasgow@btconnect.com</data>
<data key='description'>Socialist and anti-capitalist party of Scotland</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='573'>
<data key='nid'>573</data>
<data key='name'>SSP/VPOD Syndicat des Services Publics - Region Vaud</data>
<data key='acronym'>SSP VPOD</data>
<data key='location'>Lausanne</data>
<data key='country'>Switzerland</data>
<data key='website'>na</data>
<data key='contact'>ssp.vaud@eurospan.com</data>
<data key='description'>Local section of the Swiss public services trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>SUD</data>
<data key='esf1'>Firenze</data>
</node>
<node id='574'>
<data key='nid'>574</data>
<data key='name'>SSP/VPOD Syndicat Suisse des Services Publics / Verband des Personals Oeffentlicher Dienste</data>
<data key='acronym'>SSP VPOD</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.ssp-vpod.ch/</data>
<data key='contact'>central@ssp-vpod.ch</data>
<data key='description'>Swiss public services trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='575'>
<data key='nid'>575</data>
<data key='name'>SSU Vusternorrland</data>
<data key='acronym'>SSU</data>
<data key='location'>Sundsvall</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.vasternorrland.ssu.se</data>
<data key='contact'>michael.skoldeholt@agera.ssu.se</data>
<data key='description'>Local branch of the Socialdemocrat party of Sweden.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='576'>
<data key='nid'>576</data>
<data key='name'>Stampa Alternativa</data>
<data key='acronym'>Stampa Alternativa</data>
<data key='location'>Viterbo</data>
<data key='country'>Italy</data>
<data key='website'>http://www.stampalternativa.it/</data>
<data key='contact'>ufficiostampa@stampalternativa.it</data>
<data key='description'>Italian publisher, proposes alternative titles about politics, society, arts.</data>
<data key='type'>Publisher</data>
<data key='image'>images/Publisher.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='577'>
<data key='nid'>577</data>
<data key='name'>Stato di Allucinazione</data>
<data key='acronym'>Stato di Allucinazione</data>
<data key='location'>Campomorone (GE)</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>statodiallucinazione@iol.it</data>
<data key='description'>Association against capitalistic economy, war and racism. For the right to a free education, health and peace.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='578'>
<data key='nid'>578</data>
<data key='name'>Stee-Eilas Iraskaskuntzako Sindikatua / Sindicato de la Ensenanza</data>
<data key='acronym'>Stee-Eilas Iraskaskuntzako Sindikatua / Sindicato de la Ensenanza</data>
<data key='location'>Bilbao</data>
<data key='country'>Spain</data>
<data key='website'>http://www.stee-eilas.org/</data>
<data key='contact'>bizkaia@stee-eilas.org</data>
<data key='description'>Basque trade union of education</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='579'>
<data key='nid'>579</data>
<data key='name'>Stichting PlusPunt</data>
<data key='acronym'>Stichting PlusPunt</data>
<data key='location'>Almelo</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.geocities.com/stichtingpluspunt/</data>
<data key='contact'>stichtingpluspunt@yahoo.com</data>
<data key='description'>Association for volunteering and solidarity activities.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='580'>
<data key='nid'>580</data>
<data key='name'>Stop the War Coalition</data>
<data key='acronym'>Stop the War Coalition</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.stopwar.org.uk</data>
<data key='contact'>office@stopwar.org.uk</data>
<data key='description'>UK based coalition against the war against terror</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='581'>
<data key='nid'>581</data>
<data key='name'>Stop the War Coalition Birmingham</data>
<data key='acronym'>Stop the War Coalition Birmingham</data>
<data key='location'>Birmingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.birminghamstopthewar.org</data>
<data key='contact'>birmingham_stop_the_war@hotmail.com</data>
<data key='description'>Local branch of the UK based coalition against the war against terror</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='582'>
<data key='nid'>582</data>
<data key='name'>Stop the war Coalition Bristol</data>
<data key='acronym'>Stop the war Coalition Bristol</data>
<data key='location'>Bristol</data>
<data key='country'>United Kingdom</data>
<data key='website'>groups.yahoo.com/group/bristol-stop-the-war-coalition/</data>
<data key='contact'>bristol-stop-the-war-coalition@yahoogroups.com</data>
<data key='description'>Local branch of the UK based coalition against the war against terror</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='583'>
<data key='nid'>583</data>
<data key='name'>Stop the War Coalition Greece</data>
<data key='acronym'>Stop the War Coalition Greece</data>
<data key='location'>Athinai</data>
<data key='country'>Greece</data>
<data key='website'>http://www.enigma.gr/stopthewar/</data>
<data key='contact'>stopthewar@enigma.gr</data>
<data key='description'>Greek antiwar coalition with support from trade unions, artists, palestinian and arab organization, muslims that played central role for mass mobilizations</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='584'>
<data key='nid'>584</data>
<data key='name'>Stop the War Coalition Group of the SOAS London School of Oriental and African Studies</data>
<data key='acronym'>Stop the War Coalition Group of the SOAS London School of Oriental and African Studies</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.soasstopwar.org/</data>
<data key='contact'>soas@stopwar.org.uk</data>
<data key='description'>Local branch of the UK based coalition against the war against terror</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='585'>
<data key='nid'>585</data>
<data key='name'>Strano Network</data>
<data key='acronym'>Strano Network</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.strano.net/</data>
<data key='contact'>strano.network@vttv.dada.it</data>
<data key='description'>Associaton focused on the issues regarding freedom in web communication</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf1'>Firenze</data>
</node>
<node id='586'>
<data key='nid'>586</data>
<data key='name'>Strohalm</data>
<data key='acronym'>Strohalm</data>
<data key='location'>Utrecht</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.strohalm.net</data>
<data key='contact'>info@strohalm.nl</data>
<data key='description'>Social trade organisation for a different economical system.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
</node>
<node id='587'>
<data key='nid'>587</data>
<data key='name'>Studenti di Sinistra Universita' di Firenze</data>
<data key='acronym'>Studenti di Sinistra Universita' di Firenze</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.studentidisinistra.eu.org</data>
<data key='contact'>info@studentidisinistra.cjb.net</data>
<data key='description'>Political group formed by students of several faculties of the University of Florence.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='588'>
<data key='nid'>588</data>
<data key='name'>Studenti Pavesi in Movimento (SPIMo)</data>
<data key='acronym'>SPIMo</data>
<data key='location'>Pavia</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ecn.org/spimo/</data>
<data key='contact'>spimo@ecn.org</data>
<data key='description'>A dreamers' army of students in the town of Pavia. For a better and no globalised school</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='589'>
<data key='nid'>589</data>
<data key='name'>SUD aerien</data>
<data key='acronym'>SUD aerien</data>
<data key='location'>Paray Vieille Poste</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-aerien.org</data>
<data key='contact'>sudaf@wanadoo.fr</data>
<data key='description'>French trade union workers of flight companies</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='590'>
<data key='nid'>590</data>
<data key='name'>SUD ANPE</data>
<data key='acronym'>SUD ANPE</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-anpe.ras.eu.org/</data>
<data key='contact'>federation@sud-anpe.ras.eu.org</data>
<data key='description'>French trade union workers of unemployment services</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='591'>
<data key='nid'>591</data>
<data key='name'>SUD caisses d'epargne</data>
<data key='acronym'>SUD caisses d'epargne</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sudce.com</data>
<data key='contact'>default@sudce.com</data>
<data key='description'>French trade union workers of 'Caisses d'Epargne' bank group</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='592'>
<data key='nid'>592</data>
<data key='name'>SUD CDC</data>
<data key='acronym'>SUD CDC</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>perso.wanadoo.fr/sudcdc/</data>
<data key='contact'>fdsu@ras.eu.org</data>
<data key='description'>French trade union workers, branch of the financial sector FDSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='593'>
<data key='nid'>593</data>
<data key='name'>SUD Centrale MINEFI</data>
<data key='acronym'>SUD Centrale MINEFI</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.fdsu.org/Sud_Cent/</data>
<data key='contact'>fdsu@ras.eu.org</data>
<data key='description'>French trade union workers, branch of the financial sector FDSU</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='594'>
<data key='nid'>594</data>
<data key='name'>SUD Chimie pharma</data>
<data key='acronym'>SUD Chimie pharma</data>
<data key='location'>Rouen</data>
<data key='country'>France</data>
<data key='website'>pageperso.aol.fr/Lecteys/pages/0.html</data>
<data key='contact'>sudrpb@wanadoo.fr</data>
<data key='description'>French trade union workers of chemical and pharmaceutical companies</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='595'>
<data key='nid'>595</data>
<data key='name'>SUD Credit agricole Mutuel CAM</data>
<data key='acronym'>SUD Credit agricole Mutuel CAM</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sudcam.com</data>
<data key='contact'>sudcam@free.fr</data>
<data key='description'>French trade union workers of 'Credit Agricole Mutuel' bank group.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='596'>
<data key='nid'>596</data>
<data key='name'>SUD credit agricole mutuel CAM - Basse Normandie</data>
<data key='acronym'>SUD credit agricole mutuel CAM - Basse Normandie</data>
<data key='location'>Moon sur Elle</data>
<data key='country'>France</data>
<data key='website'>http://www.sudcam.com</data>
<data key='contact'>mariondi@club-internet.fr</data>
<data key='description'>French trade union workers of 'Credit Agricole' bank local group.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='597'>
<data key='nid'>597</data>
<data key='name'>SUD CT collectivites territoriales</data>
<data key='acronym'>SUD CT collectivites territoriales</data>
<data key='location'>Toulouse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>mfv.fedesudct@free.fr</data>
<data key='description'>French trade union workers, territorial collectives coordination</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='598'>
<data key='nid'>598</data>
<data key='name'>SUD Culture (membre de l'Union syndicale G 10-Solidaires)</data>
<data key='acronym'>SUD Culture (membre de l'Union syndicale G 10-Solidaires)</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-culture.org/</data>
<data key='contact'>sud@culture.fr</data>
<data key='description'>French trade union workers of arts, culture, popular education, cinema.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='599'>
<data key='nid'>599</data>
<data key='name'>SUD Education - G10 Solidaires</data>
<data key='acronym'>SUD Education - G10 Solidaires</data>
<data key='location'>Saint Denis</data>
<data key='country'>France</data>
<data key='website'>http://www.sudeducation.org</data>
<data key='contact'>fede@sudeducation.org</data>
<data key='description'>French trade union workers of education</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='600'>
<data key='nid'>600</data>
<data key='name'>SUD Education 18</data>
<data key='acronym'>SUD Education 18</data>
<data key='location'>Bourges</data>
<data key='country'>France</data>
<data key='website'>http://www.sudeduc18.ouvaton.org/</data>
<data key='contact'>sudeducation18@wanadoo.fr</data>
<data key='description'>French trade union workers of education local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='601'>
<data key='nid'>601</data>
<data key='name'>SUD education 44 Loire Atlantique</data>
<data key='acronym'>SUD education 44 Loire Atlantique</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>sudeduc44.free.fr/</data>
<data key='contact'>sudeduc44@wanadoo.fr</data>
<data key='description'>French trade union workers of education local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='602'>
<data key='nid'>602</data>
<data key='name'>SUD Education 66</data>
<data key='acronym'>SUD Education 66</data>
<data key='location'>Perpignan</data>
<data key='country'>France</data>
<data key='website'>http://www.sudeducation66.org/</data>
<data key='contact'>sudeducation66@laposte.net</data>
<data key='description'>French trade union workers of education local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='603'>
<data key='nid'>603</data>
<data key='name'>SUD energie</data>
<data key='acronym'>SUD energie</data>
<data key='location'>Clamart</data>
<data key='country'>France</data>
<data key='website'>sudenergieedf.free.fr/</data>
<data key='contact'>SUD.ENERGIE-DER@edfgdf.fr</data>
<data key='description'>French trade union workers of energy</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='604'>
<data key='nid'>604</data>
<data key='name'>SUD etudiants</data>
<data key='acronym'>SUD etudiants</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-etudiant.org/</data>
<data key='contact'>sud-etudiant@sud-etudiant.org</data>
<data key='description'>French trade union of students</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Education</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='605'>
<data key='nid'>605</data>
<data key='name'>SUD FNAC</data>
<data key='acronym'>SUD FNAC</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>sudfnac.free.fr/</data>
<data key='contact'>sudfnac@magic.fr</data>
<data key='description'>French trade union workers of trading</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='606'>
<data key='nid'>606</data>
<data key='name'>SUD FPA - Formation Professionnelle pour adultes</data>
<data key='acronym'>SUD FPA - Formation Professionnelle pour adultes</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>http://www.sudfpa.lautre.net/</data>
<data key='contact'>sudfpa.national@club-internet.fr</data>
<data key='description'>French trade union adults vocational training branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='607'>
<data key='nid'>607</data>
<data key='name'>SUD justice</data>
<data key='acronym'>SUD justice</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudjus@netscape.net</data>
<data key='description'>French trade union workers of justice</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='608'>
<data key='nid'>608</data>
<data key='name'>SUD metaux coord metal</data>
<data key='acronym'>SUD metaux coord metal</data>
<data key='location'>Bordeaux</data>
<data key='country'>France</data>
<data key='website'>perso.wanadoo.fr/sudmetaux33/</data>
<data key='contact'>sud.metaux33@wanadoo.fr</data>
<data key='description'>French trade union workers of metal industry</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='609'>
<data key='nid'>609</data>
<data key='name'>SUD Michelin Union syndicale G10 Solidaires</data>
<data key='acronym'>SUD Michelin Union syndicale G10 Solidaires</data>
<data key='location'>Clermont Ferrand</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sud-michelin@wanadoo.fr</data>
<data key='description'>French trade union workers of Michelin company</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='610'>
<data key='nid'>610</data>
<data key='name'>SUD mutualite</data>
<data key='acronym'>SUD mutualite</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>Stephane-VINCENT@FNMF.fr</data>
<data key='description'>"French trade union workers of ""mutualité"""</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='611'>
<data key='nid'>611</data>
<data key='name'>SUD protection sociale</data>
<data key='acronym'>SUD protection sociale</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-protectionsociale.org</data>
<data key='contact'>sud.cpam75@free.fr</data>
<data key='description'>French trade union workers of the social support sector</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='612'>
<data key='nid'>612</data>
<data key='name'>SUD PTT  - Federation (G 10 solidaires)</data>
<data key='acronym'>SUD PTT  - Federation (G 10 solidaires)</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sudptt.fr</data>
<data key='contact'>sudptt@sudptt.fr</data>
<data key='description'>French trade union workers of public postal service</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='613'>
<data key='nid'>613</data>
<data key='name'>SUD Ptt 12 Aveyron</data>
<data key='acronym'>SUD Ptt 12 Aveyron</data>
<data key='location'>Olemps</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sud12@wanadoo.fr</data>
<data key='description'>French trade union workers of public postal service, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='614'>
<data key='nid'>614</data>
<data key='name'>SUD Ptt 31 Haute Garonne</data>
<data key='acronym'>SUD Ptt 31 Haute Garonne</data>
<data key='location'>Toulouse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudptt31@wanadoo.fr</data>
<data key='description'>French trade union workers of public postal service, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='615'>
<data key='nid'>615</data>
<data key='name'>SUD Ptt 44 Loire Atlantique</data>
<data key='acronym'>SUD Ptt 44 Loire Atlantique</data>
<data key='location'>Nantes</data>
<data key='country'>France</data>
<data key='website'>http://www.sudptt44.org/</data>
<data key='contact'>sudptt44@wanadoo.fr</data>
<data key='description'>French trade union workers of public postal service, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='616'>
<data key='nid'>616</data>
<data key='name'>SUD Ptt 83 Var</data>
<data key='acronym'>SUD Ptt 83 Var</data>
<data key='location'>Draguignan</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudptt-83@wanadoo.fr</data>
<data key='description'>French trade union workers of public postal service, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='617'>
<data key='nid'>617</data>
<data key='name'>SUD Ptt Ceritex</data>
<data key='acronym'>SUD Ptt Ceritex</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sudceritex.fr.st/</data>
<data key='contact'>sudceritex@sudptt.fr</data>
<data key='description'>French trade union workers of public postal service, local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='618'>
<data key='nid'>618</data>
<data key='name'>SUD Ptt Telecom Ile de France</data>
<data key='acronym'>SUD Ptt Telecom Ile de France</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudtidf@sudptt.fr</data>
<data key='description'>French trade union workers of Telecom</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
</node>
<node id='619'>
<data key='nid'>619</data>
<data key='name'>SUD rail</data>
<data key='acronym'>SUD rail</data>
<data key='location'>Saint Denis</data>
<data key='country'>France</data>
<data key='website'>http://www.sudrail.org</data>
<data key='contact'>federation-sudrail@wanadoo.fr</data>
<data key='description'>French trade union workers of public railways</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='620'>
<data key='nid'>620</data>
<data key='name'>SUD rural</data>
<data key='acronym'>SUD rural</data>
<data key='location'>Foix</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sud-rural@ras.eu.org</data>
<data key='description'>French trade union workers of the ministry of agriculture</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='621'>
<data key='nid'>621</data>
<data key='name'>SUD sante-sociaux</data>
<data key='acronym'>SUD sante-sociaux</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sud-sante.org</data>
<data key='contact'>info@sud-sante.org</data>
<data key='description'>French trade union workers of social and health.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='622'>
<data key='nid'>622</data>
<data key='name'>SUD services publics</data>
<data key='acronym'>SUD services publics</data>
<data key='location'>Toulouse</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudct.toulouse@wanadoo.fr</data>
<data key='description'>French trade union workers of public services</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='623'>
<data key='nid'>623</data>
<data key='name'>SUD SONACOTRA</data>
<data key='acronym'>SUD SONACOTRA</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudsonacotra@hotmail.com</data>
<data key='description'>French trade union workers of the company Sonacotra</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='624'>
<data key='nid'>624</data>
<data key='name'>SUD travail</data>
<data key='acronym'>SUD travail</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>membres.lycos.fr/sudtravail/</data>
<data key='contact'>syndicat.sud@sud.travail.gouv.fr</data>
<data key='description'>French trade union workers of the ministry of employment.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='625'>
<data key='nid'>625</data>
<data key='name'>SUD Tresor</data>
<data key='acronym'>SUD Tresor</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.suautresor.ras.eu.org/</data>
<data key='contact'>su-au-tresor@ras.eu.org</data>
<data key='description'>French trade union workers of the ministry of finances</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='626'>
<data key='nid'>626</data>
<data key='name'>SUD VPC</data>
<data key='acronym'>SUD VPC</data>
<data key='location'>Lys les Lennoy</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>sudvpc@wanadoo.fr</data>
<data key='description'>French trade union workers of trading</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='627'>
<data key='nid'>627</data>
<data key='name'>Suonatori terra terra</data>
<data key='acronym'>Suonatori terra terra</data>
<data key='location'>Pontassieve</data>
<data key='country'>Italy</data>
<data key='website'>http://www.suonatoriterraterra.it/</data>
<data key='contact'>posta@suonatoriterraterra.it</data>
<data key='description'>Popular orchestra project, open to whoever wants to take part in it.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='628'>
<data key='nid'>628</data>
<data key='name'>Sussex Action for Peace</data>
<data key='acronym'>SAFP</data>
<data key='location'>Brighton</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.safp.org.uk/</data>
<data key='contact'>mail@safp.org.uk</data>
<data key='description'>Was formed in October 2001 in response to the war against Afghanistan.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='629'>
<data key='nid'>629</data>
<data key='name'>Sustainable Ireland</data>
<data key='acronym'>Sustainable Ireland</data>
<data key='location'>Dublin</data>
<data key='country'>Republic of Ireland</data>
<data key='website'>http://www.sustainable.ie</data>
<data key='contact'>info@sustainable.ie</data>
<data key='description'>Education based workers' cooperative committed to raising awareness about sustainability and offering ideas and solutions to issues related to sustainable living.</data>
<data key='type'>Co-operative</data>
<data key='image'>images/Co-operative.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='630'>
<data key='nid'>630</data>
<data key='name'>Sviluppo e Pace</data>
<data key='acronym'>MSP</data>
<data key='location'>Torino</data>
<data key='country'>Italy</data>
<data key='website'>http://www.arpnet.it/movpace/</data>
<data key='contact'>movpace@tin.it</data>
<data key='description'>Development and peace movement, active in the third world countries to build just relationships together.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='631'>
<data key='nid'>631</data>
<data key='name'>Swiss Coalition of Development Organizations</data>
<data key='acronym'>Swiss Coalition of Development Organizations</data>
<data key='location'>Bern</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.swisscoalition.ch</data>
<data key='contact'>mail@swisscoalition.ch</data>
<data key='description'>Platform of the six leading Swiss development organisations, provides a wide range of information on topics related to development policy and globalisation</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='632'>
<data key='nid'>632</data>
<data key='name'>SWP - Socialist Workers Party UK</data>
<data key='acronym'>SWP</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.swp.org.uk/</data>
<data key='contact'>enquiries@swp.org.uk</data>
<data key='description'>Socialist Workers Party of UK</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='633'>
<data key='nid'>633</data>
<data key='name'>SWP Ireland</data>
<data key='acronym'>SWP</data>
<data key='location'>Dublin</data>
<data key='country'>Ireland</data>
<data key='website'>http://www.swp.ie</data>
<data key='contact'>info@swp.ie</data>
<data key='description'>Socialist Workers Party of Ireland</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='634'>
<data key='nid'>634</data>
<data key='name'>Syndex Paris</data>
<data key='acronym'>Syndex Paris</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.syndex.fr/</data>
<data key='contact'>morvannou@syndex.fr</data>
<data key='description'>Offers a consultancy and technical assistance approach adapted to the needs of the key players involved in social Europe.</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Economy</data>
<data key='esf2'>Paris</data>
</node>
<node id='635'>
<data key='nid'>635</data>
<data key='name'>Syndicat national autonome du personnel de la banque de France G10 Solidaires</data>
<data key='acronym'>SNABF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snabf.org/</data>
<data key='contact'>snabf@snabf.org</data>
<data key='description'>na</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US G10 solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='636'>
<data key='nid'>636</data>
<data key='name'>Technique  Action Autonome EIL</data>
<data key='acronym'>SNETAA</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snetaa.fr</data>
<data key='contact'>snetaanat@aol.coml</data>
<data key='description'>French teachers trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='637'>
<data key='nid'>637</data>
<data key='name'>Syndicat national des mecaniciens au sol de l'aviation civile</data>
<data key='acronym'>SNMSAC</data>
<data key='location'>Orly</data>
<data key='country'>France</data>
<data key='website'>http://www.snmsac.com/</data>
<data key='contact'>bureaunational@snmsac.com</data>
<data key='description'>French trade union of mechanics of civil aviation</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US Solidaires G10</data>
<data key='esf2'>Paris</data>
</node>
<node id='638'>
<data key='nid'>638</data>
<data key='name'>Syndicat national unitaire concurrence consommation repression des fraudes</data>
<data key='acronym'>SNUCCRF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.snu.ras.eu.org</data>
<data key='contact'>snu@dgccrf.finances.gouv.fr</data>
<data key='description'>French trade union of competition, consumer and repression of frauds</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>US G10 solidaires</data>
<data key='esf2'>Paris</data>
</node>
<node id='639'>
<data key='nid'>639</data>
<data key='name'>Syndicat Unitaire a' l'Industrie (membre de l'US G10 Solidaires)</data>
<data key='acronym'>SUI</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.sui.ras.eu.org</data>
<data key='contact'>sui@ras.eu.org</data>
<data key='description'>French Trade union workers of the industrial sector</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>G-10 Solidaires</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='640'>
<data key='nid'>640</data>
<data key='name'>Tavola Della Pace - Peace roundtable</data>
<data key='acronym'>Tavola Della Pace - Peace roundtable</data>
<data key='location'>Perugia</data>
<data key='country'>Italy</data>
<data key='website'>http://www.tavoladellapace.it</data>
<data key='contact'>info@perlapace.it</data>
<data key='description'>The Peace roundtable network is an experience of confrontation between those who work in order to promote peace, human rights and solidarity. Members: hundreds of associations, laic and religious organisms and Local Authorities of all the Italian regions.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='641'>
<data key='nid'>641</data>
<data key='name'>Terre Offese</data>
<data key='acronym'>Terre Offese</data>
<data key='location'>Gorizia</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>mariamarelli@hotmail.com</data>
<data key='description'>Italian ecologist students movement</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='642'>
<data key='nid'>642</data>
<data key='name'>Testimonianze</data>
<data key='acronym'>Testimonianze</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='website'>http://www.testimonianze.org/</data>
<data key='contact'>m.bassetti@tin.it</data>
<data key='description'>Bi-monthly review, committed in promoting the dialogue among cultures and religions</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf1'>Firenze</data>
</node>
<node id='643'>
<data key='nid'>643</data>
<data key='name'>Thai Labour Campaign</data>
<data key='acronym'>TLC</data>
<data key='location'>Bangkok</data>
<data key='country'>Thailand</data>
<data key='website'>http://www.thailabour.org/</data>
<data key='contact'>lek@thailabour.org</data>
<data key='description'>Non-governmental organization committed to promoting workers' rights in Thailand and increasing awareness of labour issues globally.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='644'>
<data key='nid'>644</data>
<data key='name'>Theatergruppe G86B</data>
<data key='acronym'>Theatergruppe G86B</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.g86b.de/</data>
<data key='contact'>rotmannshah@web.de</data>
<data key='description'>They are G8, we are 6 Billions!</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='645'>
<data key='nid'>645</data>
<data key='name'>Tiens voila' encore autre chose</data>
<data key='acronym'>Tiens voila' encore autre chose</data>
<data key='location'>Fontenay sous bois</data>
<data key='country'>France</data>
<data key='website'>www3.unesco.org/iycp/fr/fr_tb_perso.asp%3FCodeContact%3D28158</data>
<data key='contact'>info@tiensvoila.org</data>
<data key='description'>Group of artists and ideas inside the ESF processes</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf2'>Paris</data>
</node>
<node id='646'>
<data key='nid'>646</data>
<data key='name'>TORBA - Soil and Society / Sols and Societéeacute;s</data>
<data key='acronym'>TORBA - Soil and Society / Sols and Societéeacute;s</data>
<data key='location'>Montpellier</data>
<data key='country'>France</data>
<data key='website'>http://www.torba-soil-society.org/</data>
<data key='contact'>torba@torba-soil-society.org</data>
<data key='description'>For a sustainable use of the soil, in order to ensure the development and the future of the society.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='647'>
<data key='nid'>647</data>
<data key='name'>Tourisme et Developpement Solidaires</data>
<data key='acronym'>Tourisme et Developpement Solidaires</data>
<data key='location'>Aubais</data>
<data key='country'>France</data>
<data key='website'>http://www.tdsolidaires.africa-web.org</data>
<data key='contact'>contact@tourisme-dev-solidaires.org</data>
<data key='description'>Association for a tourism in Africa finalised to international solidarity and development.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf2'>Paris</data>
</node>
<node id='648'>
<data key='nid'>648</data>
<data key='name'>Tra Terra e Cielo</data>
<data key='acronym'>Tra Terra e Cielo</data>
<data key='location'>Bozzano (LU)</data>
<data key='country'>Italy</data>
<data key='website'>http://www.traterraecielo.it</data>
<data key='contact'>lettera@TraTerraeCielo.it</data>
<data key='description'>Association and monthly review, focused on environmental and lifestyle issues</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='649'>
<data key='nid'>649</data>
<data key='name'>Transeuropeennes</data>
<data key='acronym'>Transeuropeennes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>transeuropeennes.gaya.fr/</data>
<data key='contact'>contact@transeuropeennes.org</data>
<data key='description'>Transeuropeennes (ONG) works about society's relations, expecially with mediterranean and balkans countries. It's also a review.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>Convergences palestine / Israel</data>
<data key='esf2'>Paris</data>
</node>
<node id='650'>
<data key='nid'>650</data>
<data key='name'>TRANSFORM! Europe (ESPACES MARX)</data>
<data key='acronym'>TRANSFORM! Europe (ESPACES MARX)</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.espaces-marx.eu.org/</data>
<data key='contact'>elgauthi@internatif.org</data>
<data key='description'>European Network for alternative thinking and political dialogue</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>Transform Europe</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='651'>
<data key='nid'>651</data>
<data key='name'>Transform! Italia</data>
<data key='acronym'>Transform! Italia</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.transform.it</data>
<data key='contact'>info@transform.it</data>
<data key='description'>Plural Network composed by intellectuals, reviews, associations and political, tradeunionist and movement activists. It partecipates in the coordination of the Italian Movement. It's member of the European Network Tansform, which is in the IC of WSF</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>Transform Europe</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='652'>
<data key='nid'>652</data>
<data key='name'>Transignum and co</data>
<data key='acronym'>Transignum and co</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>transignum@hotmail.com</data>
<data key='description'>Writers, artists and musicians contact place</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='group'>Fraap</data>
<data key='esf2'>Paris</data>
</node>
<node id='653'>
<data key='nid'>653</data>
<data key='name'>Transnational Institute</data>
<data key='acronym'>TNI</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.tni.org</data>
<data key='contact'>tni@tni.org</data>
<data key='description'>Founded in 1974, TNI is an international network of committed activist-scholars, researchers and writers from the regions of the South, and from Europe and the US.</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='654'>
<data key='nid'>654</data>
<data key='name'>TRANSNET Union</data>
<data key='acronym'>TRANSNET Union</data>
<data key='location'>Frankfurt am Main</data>
<data key='country'>Germany</data>
<data key='website'>http://www.transnet.org</data>
<data key='contact'>presse@transnet.org</data>
<data key='description'>German transports and services trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='655'>
<data key='nid'>655</data>
<data key='name'>Transversales science culture</data>
<data key='acronym'>Transversales science culture</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.globenet.org/transversales/</data>
<data key='contact'>: transversales@globenet.org</data>
<data key='description'>Quarterly review about the world and its current transformations</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='656'>
<data key='nid'>656</data>
<data key='name'>Trinity College Environmental Society</data>
<data key='acronym'>Trinity College Environmental Society</data>
<data key='location'>Dublin</data>
<data key='country'>Ireland</data>
<data key='website'>http://www.csc.tcd.ie/~enviro/</data>
<data key='contact'>enviro@csc.tcd.ie</data>
<data key='description'>Group involved into environmental issues and activities</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='657'>
<data key='nid'>657</data>
<data key='name'>TUC - Trades Union Congress</data>
<data key='acronym'>TUC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.tuc.org.uk</data>
<data key='contact'>lheselden@tuc.org.uk</data>
<data key='description'>The national British Trades Union alliance</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='658'>
<data key='nid'>658</data>
<data key='name'>TUC Battersea and Wandsworth</data>
<data key='acronym'>TUC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.respectatwork.org.uk</data>
<data key='contact'>bwtuc@respectatwork.org.uk</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='659'>
<data key='nid'>659</data>
<data key='name'>TUC Birmingham</data>
<data key='acronym'>TUC</data>
<data key='location'>Birmingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.btuc.org.uk</data>
<data key='contact'>office@btuc.org.uk</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='660'>
<data key='nid'>660</data>
<data key='name'>TUC Dundee</data>
<data key='acronym'>TUC</data>
<data key='location'>Dundee</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.dundeetuc.org.uk/</data>
<data key='contact'>dundeetuc@hotmail.com</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='661'>
<data key='nid'>661</data>
<data key='name'>TUC SERTUC - Southern and Eastern Region Trades Union Congress (UK)</data>
<data key='acronym'>TUC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>mconnolly@tuc.org.uk</data>
<data key='description'>Regional branch of the trade union TUC</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='662'>
<data key='nid'>662</data>
<data key='name'>TUC SERTUC Race Relations Committee</data>
<data key='acronym'>TUC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>brichardson@tuc.org.uk</data>
<data key='description'>Committee of the trade union TUC/SERTUC</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='663'>
<data key='nid'>663</data>
<data key='name'>TUC South West</data>
<data key='acronym'>TUC</data>
<data key='location'>Bristol</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>ncostley@tuc.rg.uk</data>
<data key='description'>Regional branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='664'>
<data key='nid'>664</data>
<data key='name'>UDALBILTZA</data>
<data key='acronym'>UDALBILTZA</data>
<data key='location'>Donostia</data>
<data key='country'>Spain</data>
<data key='website'>http://www.udalbiltzainfo.com/ultimasnoticias.php</data>
<data key='contact'>info@udalbiltzainfo.com</data>
<data key='description'>First national Basque institution on a municipal level. Its activity is based on exclusively democratic and non violent principles</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='665'>
<data key='nid'>665</data>
<data key='name'>Uff Femmes solidaires Vaucluse</data>
<data key='acronym'>Uff Femmes solidaires Vaucluse</data>
<data key='location'>Violes</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>Femmes.Solidaires.Avignon@wanadoo.fr</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='group'>Graiff</data>
<data key='esf2'>Paris</data>
</node>
<node id='666'>
<data key='nid'>666</data>
<data key='name'>UFFC - United Friends and Family Campaign</data>
<data key='acronym'>UFFC - United Friends and Family Campaign</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.uffc.org/</data>
<data key='contact'>info@uffc.org</data>
<data key='description'>Coalition of families and friends of those that have died in the custody of police and prison officers, building a network for collective action to end deaths in custody.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf3'>London</data>
</node>
<node id='667'>
<data key='nid'>667</data>
<data key='name'>Ufficio d'informazione del Kurdistan</data>
<data key='acronym'>UIKI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.kurdistan.it</data>
<data key='contact'>uiki.onlus@fastwebnet.it</data>
<data key='description'>The Information Office of Kurdistan in Italy (Rome) is working to let the international public opinion know about the Kurdish Question and the situation of discrimination and pains of the Kurds living in the diaspora and in Kurdistan</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Territory</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='668'>
<data key='nid'>668</data>
<data key='name'>Ufficio missionario Lucca</data>
<data key='acronym'>Ufficio missionario Lucca</data>
<data key='location'>Lucca</data>
<data key='country'>Italy</data>
<data key='website'>http://www.dettotranoi.it/missio/</data>
<data key='contact'>past.missionaria@comune.lucca.it</data>
<data key='description'>Local bureau of the Catholic Church, organises and manages the missionary activities in africa and Brazil.</data>
<data key='type'>Religious or spiritual group</data>
<data key='image'>images/Religious-or-spiritual-group.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='669'>
<data key='nid'>669</data>
<data key='name'>UFICT-CGT - Union Federale des Ingenieurs, Cadres, Techniciens des Mines et de l'Energie CGT</data>
<data key='acronym'>UFICT-CGT</data>
<data key='location'>Montreuil-Bellay</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>contacts@energiecadre.org</data>
<data key='description'>Federal trade union of engineers, cadres, technicians of mines and energy</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='670'>
<data key='nid'>670</data>
<data key='name'>UGET - Union Generale des Etudiants de Tunisie</data>
<data key='acronym'>UGET</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>kaysiko@yahoo.fr</data>
<data key='description'>Group of Tunisians students</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf2'>Paris</data>
</node>
<node id='671'>
<data key='nid'>671</data>
<data key='name'>UGT - Union General de Trabajadores</data>
<data key='acronym'>UGT</data>
<data key='location'>Madrid</data>
<data key='country'>Spain</data>
<data key='website'>http://www.ugt.es</data>
<data key='contact'>info@cec.ugt.org</data>
<data key='description'>Spanish general workers Trade Union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='672'>
<data key='nid'>672</data>
<data key='name'>UGT Unio General de Treballadors de Catalunya</data>
<data key='acronym'>UGT</data>
<data key='location'>Barcelona</data>
<data key='country'>Spain</data>
<data key='website'>http://www.ugtcatalunya.org/</data>
<data key='contact'>internacional@catalunya.ugt.org</data>
<data key='description'>Catalan branch of the Spanish trade union UGT</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='673'>
<data key='nid'>673</data>
<data key='name'>Ung Vunster, Sweden</data>
<data key='acronym'>Ung Vunster, Sweden</data>
<data key='location'>Stockholm</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.ungvanster.se/</data>
<data key='contact'>info@ungvanster.se</data>
<data key='description'>Youth organisation of the left wing Swedish party Vansterpartiet</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='674'>
<data key='nid'>674</data>
<data key='name'>Uniao da Juventude Socialista</data>
<data key='acronym'>UJS</data>
<data key='location'>Bairro Bela Vista</data>
<data key='country'>Brazil</data>
<data key='website'>http://www.ujs.org.br/</data>
<data key='contact'>ujs@ujs.org.br</data>
<data key='description'>Youth socialist union of Brazil</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='675'>
<data key='nid'>675</data>
<data key='name'>Unimondo</data>
<data key='acronym'>Unimondo</data>
<data key='location'>Trento</data>
<data key='country'>Italy</data>
<data key='website'>http://www.unimondo.org</data>
<data key='contact'>info@unimondo.org</data>
<data key='description'>Cultural project for a global communication. Internet services for associations and social movements</data>
<data key='type'>Autonomous space connected to an ESF</data>
<data key='image'>images/Autonomous-space-connected-to-an-ESF.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='676'>
<data key='nid'>676</data>
<data key='name'>Unio Sindical de Treballadors de l'Ensenyament de Catalunya - Sindicats de Treballadors de l'Ensenyament</data>
<data key='acronym'>USTEC-STES</data>
<data key='location'>Barcelona</data>
<data key='country'>Spain</data>
<data key='website'>http://www.sindicat.net</data>
<data key='contact'>ustecstes@pangea.org</data>
<data key='description'>Trade union of Catalan teachers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='677'>
<data key='nid'>677</data>
<data key='name'>Union des finanzpersonals in Europa / Union du personnel des Finances en Europe</data>
<data key='acronym'>UFE</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.finanzpersonal-europa.de/</data>
<data key='contact'>post@ufe.ch</data>
<data key='description'>European trade union of customs and fiscal workers</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='678'>
<data key='nid'>678</data>
<data key='name'>Union des juifs de France pour la paix</data>
<data key='acronym'>UJFP</data>
<data key='location'>Marseille</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>ujfp@filnet.fr</data>
<data key='description'>Aims to a steady political solution of the israeli-palestinian conflict, based on the equality of rights.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='679'>
<data key='nid'>679</data>
<data key='name'>Union des Kabyles de France</data>
<data key='acronym'>UKF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>uka.france@laposte.net</data>
<data key='description'>For the identity and the autonomy of the Kabylian people in Algeria and in France</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='esf2'>Paris</data>
</node>
<node id='680'>
<data key='nid'>680</data>
<data key='name'>Union des travailleurs immigres Tunisiens</data>
<data key='acronym'>UTIT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.utit.net</data>
<data key='contact'>utit.utit@wanadoo.fr</data>
<data key='description'>Tunisian  migrant workers trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='681'>
<data key='nid'>681</data>
<data key='name'>Union nationale des familles laiques</data>
<data key='acronym'>UFAL</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.ufal.org</data>
<data key='contact'>contact@ufal.org</data>
<data key='description'>Movement for the active promotion of a popular education. Liberté, égalité, fraternité, démocratie, responsabilité, solidarité, justice sociale et laïcité</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>UNAF</data>
<data key='esf2'>Paris</data>
</node>
<node id='682'>
<data key='nid'>682</data>
<data key='name'>Union of Health Work Committees, Palestine</data>
<data key='acronym'>UHWC</data>
<data key='location'>Gaza</data>
<data key='country'>Palestine</data>
<data key='website'>http://www.gaza-health.org/english/</data>
<data key='contact'>info@gaza-health.org</data>
<data key='description'>Non Governmental Organization working in the Palestinian health care sector.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='683'>
<data key='nid'>683</data>
<data key='name'>Union of Needletrades, Industrial and Textile Employees</data>
<data key='acronym'>UNITE</data>
<data key='location'>New York</data>
<data key='country'>USA</data>
<data key='website'>http://www.uniteunion.org</data>
<data key='contact'>acooper@uniteunion.org</data>
<data key='description'>Trade union representing workers in the clothing production, distribution, retail and laundering industries. It has 250,000 members in both the United States and Canada.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='684'>
<data key='nid'>684</data>
<data key='name'>Union of shop, Distributive and Allied Workers</data>
<data key='acronym'>USDAW</data>
<data key='location'>Manchester</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.usdaw.org.uk/</data>
<data key='contact'>enquiries@usdaw.org.uk</data>
<data key='description'>British trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='685'>
<data key='nid'>685</data>
<data key='name'>Union of Students in Ireland / Ceann aras na mac Leinn</data>
<data key='acronym'>USI</data>
<data key='location'>Dublin</data>
<data key='country'>Ireland</data>
<data key='website'>http://www.usi.ie</data>
<data key='contact'>enquiries@usi.ie</data>
<data key='description'>Irish students union</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf3'>London</data>
</node>
<node id='686'>
<data key='nid'>686</data>
<data key='name'>Union regionale pour la promotion et la reconnaissance des droits des Tsiganes et Gens du Voyage en Ile-de-France</data>
<data key='acronym'>URAVIF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>uravif@wanadoo.fr</data>
<data key='description'>Regional union for the promotion and the acknowledge of the Rights of Gypsies and travellers in the French region of Ile-de-France</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='group'>UNISAT</data>
<data key='esf3'>London</data>
</node>
<node id='687'>
<data key='nid'>687</data>
<data key='name'>Union syndicale G 10 solidaires USGDS</data>
<data key='acronym'>Union syndicale G 10 solidaires USGDS</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.solidaires.org</data>
<data key='contact'>coup@solidaires.org</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='688'>
<data key='nid'>688</data>
<data key='name'>Unione femminile nazionale e Gruppo sconvegno</data>
<data key='acronym'>UFN</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.unionefemminile.it</data>
<data key='contact'>info@unionefemminile.it</data>
<data key='description'>Association to promote the woman figure through society and education</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='689'>
<data key='nid'>689</data>
<data key='name'>Unione Inquilini</data>
<data key='acronym'>UI</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.unioneinquilini.it</data>
<data key='contact'>segr.naz@unioneinquilini.it</data>
<data key='description'>Tenants and without fixed domicile trade union for the right to the house.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Housing</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='690'>
<data key='nid'>690</data>
<data key='name'>Unione Italiana Lotta alla Distrofia Muscolare</data>
<data key='acronym'>UILDM</data>
<data key='location'>Padova</data>
<data key='country'>Italy</data>
<data key='website'>http://www.uildm.org</data>
<data key='contact'>redazionedm@eosservice.com</data>
<data key='description'>Italian assocation for promoting the research and the information about the muscular distrophy disease.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
</node>
<node id='691'>
<data key='nid'>691</data>
<data key='name'>Unione Sindacale Italiana</data>
<data key='acronym'>USI</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ecn.org/usi-ait/</data>
<data key='contact'>usis@libero.it</data>
<data key='description'>Italian section of the International Workers Association (AIT/IWA)</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='692'>
<data key='nid'>692</data>
<data key='name'>UNISON</data>
<data key='acronym'>UNISON</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.unison.org.uk</data>
<data key='contact'>direct@unison.co.uk</data>
<data key='description'>Britain's trade union, members are people working in the public services, for private contractors providing public services and the essential utilities.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='693'>
<data key='nid'>693</data>
<data key='name'>Unison Northern Region</data>
<data key='acronym'>Unison Northern Region</data>
<data key='location'>Newcastle upon Tyne</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>unison.newcastle@newcastle.gov.uk</data>
<data key='description'>Local trade union branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='694'>
<data key='nid'>694</data>
<data key='name'>Unite de Recherche, de Formation et d'Information sur la Globalisation</data>
<data key='acronym'>URFIG</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.urfig.org/</data>
<data key='contact'>rmj@urfig.org</data>
<data key='description'>Research, Training and Information Unit on Globalization</data>
<data key='type'>Research or documentation entity</data>
<data key='image'>images/Research-or-documentation-entity.png</data>
<data key='theme'>Economy</data>
<data key='esf3'>London</data>
</node>
<node id='695'>
<data key='nid'>695</data>
<data key='name'>UNITED for Intercultural Action</data>
<data key='acronym'>UNITED</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.unitedagainstracism.org</data>
<data key='contact'>info@unitedagainstracism.org</data>
<data key='description'>European Network against nationalism, racism, fascism and in support of migrants and refugees</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf3'>London</data>
</node>
<node id='696'>
<data key='nid'>696</data>
<data key='name'>United Students Against Sweatshops</data>
<data key='acronym'>USAS</data>
<data key='location'>Washington, DC</data>
<data key='country'>USA</data>
<data key='website'>http://www.studentsagainstsweatshops.org</data>
<data key='contact'>organize@usasnet.org</data>
<data key='description'>International student movement fighting for sweatshop free labor conditions and workerstional student movement of campuses and individual students fighting for sweatshop free labor conditions and workers’ rights.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='697'>
<data key='nid'>697</data>
<data key='name'>UNSA - Union nationale des syndicats autonomes</data>
<data key='acronym'>UNSA</data>
<data key='location'>Bagnolet</data>
<data key='country'>France</data>
<data key='website'>http://www.unsa.org</data>
<data key='contact'>unsa@unsa.org</data>
<data key='description'>French national union of autonomists trade unions</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='698'>
<data key='nid'>698</data>
<data key='name'>UNSA Education</data>
<data key='acronym'>UNSA</data>
<data key='location'>Ivry-sur-Seine</data>
<data key='country'>France</data>
<data key='website'>http://www.unsa-education.org</data>
<data key='contact'>national@unsa-education.org</data>
<data key='description'>Education branch of the French national union of autonomists trade unions</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf2'>Paris</data>
</node>
<node id='699'>
<data key='nid'>699</data>
<data key='name'>Urbanisme et Democratie</data>
<data key='acronym'>Udé!    U and D</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>u.d.free.fr/</data>
<data key='contact'>udebureau@rezo.net</data>
<data key='description'>Local Parisian association for the quality of life in the 14th arrondissement</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Community and local development</data>
<data key='esf1'>Firenze</data>
</node>
<node id='700'>
<data key='nid'>700</data>
<data key='name'>Vamos ! - Vive l'Action pur une MOndialisation des Solidarites!</data>
<data key='acronym'>Vamos ! - Vive l'Action pur une MOndialisation des Solidarites!</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>vamos@altern.org</data>
<data key='description'>Collective established in 2001 against the G8 of geneve.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='701'>
<data key='nid'>701</data>
<data key='name'>ver.di - Vereinte Dienstleistungsgewerkschaft</data>
<data key='acronym'>ver.di</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.verdi.de</data>
<data key='contact'>info@verdi.de</data>
<data key='description'>German united services trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='702'>
<data key='nid'>702</data>
<data key='name'>ver.di Berlin-Brandenburg</data>
<data key='acronym'>ver.di</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>na</data>
<data key='contact'>lbz.bb@verdi.de</data>
<data key='description'>Regional branch of the German trade union ver.di</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='703'>
<data key='nid'>703</data>
<data key='name'>ver.di-jugend (Youth of the united services union -germany)</data>
<data key='acronym'>ver.di</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.verdi-jugend.de</data>
<data key='contact'>jugend@verdi.de</data>
<data key='description'>Youth of the united services trade union of Germany)</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='704'>
<data key='nid'>704</data>
<data key='name'>Verdi Ambiente e societa'</data>
<data key='acronym'>VAS</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.vasonline.it/</data>
<data key='contact'>vas@vasonline.it</data>
<data key='description'>Environmental association not directly involved in politics</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='705'>
<data key='nid'>705</data>
<data key='name'>Verdi Campania</data>
<data key='acronym'>Verdi Campania</data>
<data key='location'>Napoli</data>
<data key='country'>Italy</data>
<data key='website'>http://www.verdinrete.it/verdicampania/</data>
<data key='contact'>verdicampania@iol.it</data>
<data key='description'>Regional Group of the Green Italian Party</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='706'>
<data key='nid'>706</data>
<data key='name'>Verdi Milano - Milan Green Party</data>
<data key='acronym'>Verdi Milano - Milan Green Party</data>
<data key='location'>Milano</data>
<data key='country'>Italy</data>
<data key='website'>http://www.verdilombardi.org/milano/portale/Default.asp</data>
<data key='contact'>milano@verdilombardi.org</data>
<data key='description'>Local Group of the Green Italian Party</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='707'>
<data key='nid'>707</data>
<data key='name'>Verdi Toscana/Livorno</data>
<data key='acronym'>Verdi Toscana/Livorno</data>
<data key='location'>Livorno</data>
<data key='country'>Italy</data>
<data key='website'>http://www.verdilivorno.it</data>
<data key='contact'>livorno@verdilivorno.it</data>
<data key='description'>Local Group of the Green Italian Party</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='708'>
<data key='nid'>708</data>
<data key='name'>Vereinigung Schweiz Cuba / Asociacion Suiza Cuba</data>
<data key='acronym'>Vereinigung Schweiz Cuba / Asociacion Suiza Cuba</data>
<data key='location'>Zeiningen</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.cuba-si.ch</data>
<data key='contact'>national@cuba-si.ch</data>
<data key='description'>Swiss association of solidarity with Cuba</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='709'>
<data key='nid'>709</data>
<data key='name'>Vereniging voor Ecologische Leef- en Teeltwijze</data>
<data key='acronym'>VELT</data>
<data key='location'>Berchem</data>
<data key='country'>Belgium</data>
<data key='website'>old.velt.be/</data>
<data key='contact'>info@velt.be</data>
<data key='description'>Federation for ecological living and producing</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Agriculture and food</data>
<data key='esf3'>London</data>
</node>
<node id='710'>
<data key='nid'>710</data>
<data key='name'>Verso il Kurdistan</data>
<data key='acronym'>Verso il Kurdistan</data>
<data key='location'>Alessandria</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ranchdeiviandanti.it/versoilkurdistan/index.html</data>
<data key='contact'>versoilkurdistan@libero.it</data>
<data key='description'>Association for solidarity and cooperating with the Kurd people.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='711'>
<data key='nid'>711</data>
<data key='name'>Vert Contact Europe</data>
<data key='acronym'>Vert Contact Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.les-verts-europeen.org</data>
<data key='contact'>aleroy@europarl.eu.int</data>
<data key='description'>Weekly magazine to inform about green French political party inside the European union</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='712'>
<data key='nid'>712</data>
<data key='name'>Vert-Contact</data>
<data key='acronym'>Vert-Contact</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>vcontact@les-verts.org</data>
<data key='description'>Weekly magazine of political ecology</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf2'>Paris</data>
</node>
<node id='713'>
<data key='nid'>713</data>
<data key='name'>Verts France</data>
<data key='acronym'>Verts France</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.les-verts.org/</data>
<data key='contact'>lesverts@lesverts.fr</data>
<data key='description'>Green party of France</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='714'>
<data key='nid'>714</data>
<data key='name'>Villaggio ecologico di Granara (PR)</data>
<data key='acronym'>Villaggio ecologico di Granara (PR)</data>
<data key='location'>Valmozzola (PR)</data>
<data key='country'>Italy</data>
<data key='website'>http://www.alekos.org/granara/</data>
<data key='contact'>granara@alekos.org</data>
<data key='description'>Project about an abandoned peasant village on the Appennine mountains, restructured in order to improve an ecological village system.</data>
<data key='type'>Co-operative</data>
<data key='image'>images/Co-operative.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='715'>
<data key='nid'>715</data>
<data key='name'>Ville de Villejuif</data>
<data key='acronym'>Ville de Villejuif</data>
<data key='location'>Villejuif</data>
<data key='country'>France</data>
<data key='website'>http://www.ville-villejuif.fr</data>
<data key='contact'>mairie@ville-villejuif.fr</data>
<data key='description'>French town and local administration, committed globally and locally in working for peace, culture and social justice</data>
<data key='type'>Local authority/ local government body</data>
<data key='image'>images/Local-authority--local-government-body.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf3'>London</data>
</node>
<node id='716'>
<data key='nid'>716</data>
<data key='name'>Visionmachine film project</data>
<data key='acronym'>Visionmachine film project</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.visionmachine.org</data>
<data key='contact'>info@visionmachine.org</data>
<data key='description'>Not-for-profit filmmakers' collective that seeks to create an international video production and distribution network to research, analyse and respond to the conditions and mechanisms of economic, political and military power.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='717'>
<data key='nid'>717</data>
<data key='name'>Vivamazzonia associazione</data>
<data key='acronym'>Vivamazzonia associazione</data>
<data key='location'>Prato</data>
<data key='country'>Italy</data>
<data key='website'>http://web.tiscali.it/vivamazzonia/</data>
<data key='contact'>vivamaz@tiscalinet.it</data>
<data key='description'>Promotes initiatives of solidarity and development in the Brazilian region of Amazonia</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='718'>
<data key='nid'>718</data>
<data key='name'>Vivere Lucca</data>
<data key='acronym'>Vivere Lucca</data>
<data key='location'>Lucca</data>
<data key='country'>Italy</data>
<data key='website'>http://www.viverelucca.it</data>
<data key='contact'>ecolucca@supereva.it</data>
<data key='description'>Local political association  belonging to the center-left coalition</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='group'>L'Ulivo</data>
<data key='esf1'>Firenze</data>
</node>
<node id='719'>
<data key='nid'>719</data>
<data key='name'>Vivre a' Chanac</data>
<data key='acronym'>Vivre a' Chanac</data>
<data key='location'>Chanac</data>
<data key='country'>France</data>
<data key='website'>http://www.vivreachanac.net/</data>
<data key='contact'>guy.leveque@vivreachanac.net</data>
<data key='description'>Local cultural and social space</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Community and local development</data>
<data key='esf3'>London</data>
</node>
<node id='720'>
<data key='nid'>720</data>
<data key='name'>VKT - The All-Russian Confederation of Labour</data>
<data key='acronym'>VKT</data>
<data key='location'>Moscow</data>
<data key='country'>Russia</data>
<data key='website'>http://www.vkt.org.ru</data>
<data key='contact'>vkt@vkt.org.ru</data>
<data key='description'>Russian trade union confederation</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='721'>
<data key='nid'>721</data>
<data key='name'>Vlaams Overleg Duurzame Ontwikkeling</data>
<data key='acronym'>VODO</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.vodo.be/</data>
<data key='contact'>vodo@vodo.be</data>
<data key='description'>Flemish Platform on sustainable development</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='722'>
<data key='nid'>722</data>
<data key='name'>Voice International</data>
<data key='acronym'>Voice International</data>
<data key='location'>Arlington</data>
<data key='country'>USA</data>
<data key='website'>http://www.voiceinternational.org</data>
<data key='contact'>voice@voiceinternational.org</data>
<data key='description'>Voluntary Organisations Initiative in Central and Eastern Europe/Eurasia</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='723'>
<data key='nid'>723</data>
<data key='name'>Voices in the Wilderness UK</data>
<data key='acronym'>Voices in the Wilderness UK</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>welcome.to/voicesuk</data>
<data key='contact'>voices@viwuk.freeserve.co.uk</data>
<data key='description'>Provides information, organises protests on Iraq-related issues and collaborates with others on more general peace initiatives.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='724'>
<data key='nid'>724</data>
<data key='name'>Volens</data>
<data key='acronym'>Volens</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>users.pandora.be/zonacosta/ngo_volens.htm</data>
<data key='contact'>volens@pi.be</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='725'>
<data key='nid'>725</data>
<data key='name'>Volontariato Internazionale Donna Educazione sviluppo</data>
<data key='acronym'>VIDES</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.videsitalia.it</data>
<data key='contact'>videsitalia@videsitalia.it</data>
<data key='description'>International Christian youth volunteering association for the promotion of the woman, the help to disadvantaged youth and the cooperation in third world countries.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>FOCSIV</data>
<data key='esf1'>Firenze</data>
</node>
<node id='726'>
<data key='nid'>726</data>
<data key='name'>Volontariato Internazionale per lo Sviluppo</data>
<data key='acronym'>VIS</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.volint.it/</data>
<data key='contact'>vis@volint.it</data>
<data key='description'>Christian ONG that organizes international campaigns based on volunteering for the development in third world countries.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='727'>
<data key='nid'>727</data>
<data key='name'>Voluntary Services Overseas</data>
<data key='acronym'>VSO</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.vso.org.uk/</data>
<data key='contact'>infoservices@vso.org.uk</data>
<data key='description'>Volunteering organization fighting global poverty and disadvantage.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='728'>
<data key='nid'>728</data>
<data key='name'>Vrede VZW</data>
<data key='acronym'>Vrede VZW</data>
<data key='location'>Gent</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.vrede.be/</data>
<data key='contact'>vrede@vrede.be</data>
<data key='description'>Against social discriminations in the world</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf3'>London</data>
</node>
<node id='729'>
<data key='nid'>729</data>
<data key='name'>VSSTO - Verband Sozialistischer StudentInnen Osterreichs</data>
<data key='acronym'>VSSTO</data>
<data key='location'>Vienna</data>
<data key='country'>Austria</data>
<data key='website'>http://www.vsstoe.at/</data>
<data key='contact'>vsstoe@vsstoe.at</data>
<data key='description'>Socialist Austrian students youth organisation</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf3'>London</data>
</node>
<node id='730'>
<data key='nid'>730</data>
<data key='name'>Wahlalternative Arbeit und Soziale Gerechtigkeit</data>
<data key='acronym'>WASG</data>
<data key='location'>Furth</data>
<data key='country'>Germany</data>
<data key='website'>http://www.wahlalternative-asg.de/</data>
<data key='contact'>info@wahlalternative.de</data>
<data key='description'>left wing party ofr work rghts and social justice</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='731'>
<data key='nid'>731</data>
<data key='name'>War Resisters' International</data>
<data key='acronym'>WRI</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.wri-irg.org</data>
<data key='contact'>info@wri-irg.org</data>
<data key='description'>Against war, for peace. Nonviolence and social empowerment</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='732'>
<data key='nid'>732</data>
<data key='name'>WEED Germany</data>
<data key='acronym'>WEED</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>http://www.weed-online.org/</data>
<data key='contact'>weed@weed-online.org</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Economy</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='733'>
<data key='nid'>733</data>
<data key='name'>Weitblick communications</data>
<data key='acronym'>Weitblick communications</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>weitblick.net</data>
<data key='contact'>info@weitblick.net</data>
<data key='description'>Communication technology for non profit organisations</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf3'>London</data>
</node>
<node id='734'>
<data key='nid'>734</data>
<data key='name'>Wemos Foundation - Health for all</data>
<data key='acronym'>Wemos Foundation - Health for all</data>
<data key='location'>Amsterdam</data>
<data key='country'>Netherlands</data>
<data key='website'>http://www.wemos.nl</data>
<data key='contact'>eva.rossen@wemos.nl</data>
<data key='description'>Aims to improve the health of men, women and children in developing countries by influencing international policy.</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Health</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='735'>
<data key='nid'>735</data>
<data key='name'>Western Sahara Campaign (UK)</data>
<data key='acronym'>WSC</data>
<data key='location'>Leeds</data>
<data key='country'>United Kingdom</data>
<data key='website'>wsc.members.gn.apc.org/</data>
<data key='contact'>wsc@gn.apc.org</data>
<data key='description'>Working for justice for the Saharawi people</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='736'>
<data key='nid'>736</data>
<data key='name'>WFDY - World Federation of Democratic Youth</data>
<data key='acronym'>WFDY</data>
<data key='location'>Budapest</data>
<data key='country'>Hungary</data>
<data key='website'>http://www.wfdy.org/</data>
<data key='contact'>wfdy@wfdy.org</data>
<data key='description'>55 years in the service of youth and their rights</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Youth</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='737'>
<data key='nid'>737</data>
<data key='name'>WILPF - Women's International League for Peace and Freedom</data>
<data key='acronym'>WILPF</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.wilpf.int.ch</data>
<data key='contact'>info@wilpf.ch</data>
<data key='description'>WILPF has a commitment, dating back to 1915, to the achievement of peace and justice and the full enjoyment of human rights. WILPF brings together women from almost 40 countries.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='738'>
<data key='nid'>738</data>
<data key='name'>WILPF IKFF Norway</data>
<data key='acronym'>WILPF</data>
<data key='location'>Oslo</data>
<data key='country'>Norway</data>
<data key='website'>http://www.ikff.no/</data>
<data key='contact'>ikff@ikff.no</data>
<data key='description'>Norwegian branch of WILPF</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='739'>
<data key='nid'>739</data>
<data key='name'>WILPF IKFF Sweden</data>
<data key='acronym'>WILPF</data>
<data key='location'>Stockholm</data>
<data key='country'>Sweden</data>
<data key='website'>http://www.ikff.se/</data>
<data key='contact'>wilpfsweden.ikff@telia.com</data>
<data key='description'>Swedish branch of WILPF</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='740'>
<data key='nid'>740</data>
<data key='name'>WILPF LIFPL France</data>
<data key='acronym'>WILPF</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>simone.landry@wanadoo.fr</data>
<data key='description'>French branch of WILPF</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='741'>
<data key='nid'>741</data>
<data key='name'>WILPF UK</data>
<data key='acronym'>WILPF</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.ukwilpf.gn.apc.org</data>
<data key='contact'>ukwilpf@hotmail.com</data>
<data key='description'>British branch of WILPF</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='742'>
<data key='nid'>742</data>
<data key='name'>Wolfe Tone Society</data>
<data key='acronym'>WTS</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.wolfetone.org.uk</data>
<data key='contact'>wts@brosna.demon.co.uk</data>
<data key='description'>Irish Republican support group</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf3'>London</data>
</node>
<node id='743'>
<data key='nid'>743</data>
<data key='name'>Woman center for legal aid and counciling</data>
<data key='acronym'>WCLAC</data>
<data key='location'>Jerusalem</data>
<data key='country'>Israel</data>
<data key='website'>http://www.wclac.org</data>
<data key='contact'>wclac@netvision.net.il</data>
<data key='description'>Aims to contribute to the establishment of a democratic Palestinian society, based on social justice and equality between women and men.</data>
<data key='type'>Other - Women legal aid</data>
<data key='image'>images/Other---Women-legal-aid.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='744'>
<data key='nid'>744</data>
<data key='name'>Women Connect</data>
<data key='acronym'>Women Connect</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.womenconnect.org.uk</data>
<data key='contact'>helen@womenconnect.org.uk</data>
<data key='description'>Networking and connecting women online</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf3'>London</data>
</node>
<node id='745'>
<data key='nid'>745</data>
<data key='name'>Women in Development Europe</data>
<data key='acronym'>WIDE</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.eurosur.org/wide</data>
<data key='contact'>info@wide-network.org</data>
<data key='description'>WIDE is a European network of gender specialists and women active in non governamental development organisations as well as human rights activists. WIDE's mission is to articulate the relevance of the principles of gender equality to the principles</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='746'>
<data key='nid'>746</data>
<data key='name'>Women's Environmental Network</data>
<data key='acronym'>WEN</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.wen.org.uk</data>
<data key='contact'>info@wen.org.uk</data>
<data key='description'>Campaigning on environment and health issues from a female perspective</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='group'>Jubilee debt campaign</data>
<data key='esf3'>London</data>
</node>
<node id='747'>
<data key='nid'>747</data>
<data key='name'>Women's Resource Centre</data>
<data key='acronym'>WRC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.wrc.org.uk/</data>
<data key='contact'>info@wrc.org.uk</data>
<data key='description'>Generating, promoting and sustaining voluntary action that improves the status of women</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf3'>London</data>
</node>
<node id='748'>
<data key='nid'>748</data>
<data key='name'>Workers Advice Center (Ma'an)</data>
<data key='acronym'>WAC</data>
<data key='location'>Jaffa</data>
<data key='country'>Israel</data>
<data key='website'>http://www.workersadvicecenter.org/</data>
<data key='contact'>wacnas@netvision.net.il</data>
<data key='description'>Provides support for the many unorganized workers in Israel. WAC is open to any worker, although Arabs in particular suffer from lack of union representation.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='749'>
<data key='nid'>749</data>
<data key='name'>Workers Beer Co.</data>
<data key='acronym'>WBC</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.workersbeer.co.uk/</data>
<data key='contact'>anthony@workersbeer.co.uk</data>
<data key='description'>Raises funds for trades union and campaigning organisations, runs beer tents at large outdoor events</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>OTHERS - Fund raising</data>
<data key='esf3'>London</data>
</node>
<node id='750'>
<data key='nid'>750</data>
<data key='name'>World Association of Community Radio Broadcasters</data>
<data key='acronym'>AMARC</data>
<data key='location'>Montreal</data>
<data key='country'>Canada</data>
<data key='website'>http://www.amarc.org/</data>
<data key='contact'>amarc@amarc.org</data>
<data key='description'>International non-governmental organization serving the community radio movement, with almost 3 000 members and associates in 110 countries</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='751'>
<data key='nid'>751</data>
<data key='name'>World Citizen Foundation / Fondation des Citoyens du Monde</data>
<data key='acronym'>World Citizen Foundation / Fondation des Citoyens du Monde</data>
<data key='location'>New York</data>
<data key='country'>USA</data>
<data key='website'>http://www.worldcitizen.org</data>
<data key='contact'>info@worldcitizen.org</data>
<data key='description'>na</data>
<data key='type'>Foundation or trust</data>
<data key='image'>images/Foundation-or-trust.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='752'>
<data key='nid'>752</data>
<data key='name'>World Confederation of Labour</data>
<data key='acronym'>CMT -WCL</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.cmt-wcl.org/</data>
<data key='contact'>info@cmt-wcl.org</data>
<data key='description'>International trade union confederation. No democracy without social justice</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='753'>
<data key='nid'>753</data>
<data key='name'>World Court Project UK</data>
<data key='acronym'>World Court Project UK</data>
<data key='location'>Hailsham</data>
<data key='country'>United Kingdom</data>
<data key='website'>wcp.gn.apc.org/</data>
<data key='contact'>geowcpuk@gn.apc.org</data>
<data key='description'>Law not war, against nuclear weapons.</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='754'>
<data key='nid'>754</data>
<data key='name'>World Organisation of Scout Movement - European Scout Region</data>
<data key='acronym'>WOSM</data>
<data key='location'>Geneve</data>
<data key='country'>Switzerland</data>
<data key='website'>http://www.scout.org/europe/</data>
<data key='contact'>eurobureau@euro.scout.org</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf1'>Firenze</data>
</node>
<node id='755'>
<data key='nid'>755</data>
<data key='name'>World Peace Council</data>
<data key='acronym'>WPC</data>
<data key='location'>Athinai</data>
<data key='country'>Greece</data>
<data key='website'>http://www.wpc-in.org</data>
<data key='contact'>info@wpc-in.org</data>
<data key='description'>Worldwide organization that has been struggling for peace and social justice for over 50 years</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf3'>London</data>
</node>
<node id='756'>
<data key='nid'>756</data>
<data key='name'>World Revolution</data>
<data key='acronym'>World Revolution</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.worldrevolution.org.uk</data>
<data key='contact'>info@worldrevolution.org.uk</data>
<data key='description'>Socialist youth movement, an idea for a new, global activist social movement for progressive social change.</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='757'>
<data key='nid'>757</data>
<data key='name'>World Transhumanist Association</data>
<data key='acronym'>WTA</data>
<data key='location'>Willington CT</data>
<data key='country'>USA</data>
<data key='website'>http://www.transhumanism.org</data>
<data key='contact'>secretary@transhumanism.org</data>
<data key='description'>For the ethical use of technology to extend human capacities</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Communication technologies</data>
<data key='esf3'>London</data>
</node>
<node id='758'>
<data key='nid'>758</data>
<data key='name'>WWF - Italia</data>
<data key='acronym'>WWF</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.wwf.it</data>
<data key='contact'>posta@wwf.it</data>
<data key='description'>Italian branch of the international environmental organization WWF</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='group'>Rete Lilliput</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='759'>
<data key='nid'>759</data>
<data key='name'>XCADE - Xarxa Ciutadana per a l'Abolicio del Deute Extern</data>
<data key='acronym'>XCADE</data>
<data key='location'>Barcelona</data>
<data key='country'>Spain</data>
<data key='website'>na</data>
<data key='contact'>xcade-cat@yahoogroups.com</data>
<data key='description'>Catalan network for the abolition of the debt. It is part of the Spanish network RCADE</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='group'>RCADE</data>
<data key='esf1'>Firenze</data>
</node>
<node id='760'>
<data key='nid'>760</data>
<data key='name'>Xena - Centro Scambi e Dinamiche Interculturali</data>
<data key='acronym'>Xena - Centro Scambi e Dinamiche Interculturali</data>
<data key='location'>Padova</data>
<data key='country'>Italy</data>
<data key='website'>http://www.xena.it</data>
<data key='contact'>info@xena.it</data>
<data key='description'>Finalità: offrire ai giovani la possibilità di accedere a programmi di mobilità in ambito scolastico, professionale e culturale per incrementare il confronto tra culture e sistemi diversi</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Cultural and linguistic diversity</data>
<data key='group'>Eurodesk</data>
<data key='esf1'>Firenze</data>
</node>
<node id='761'>
<data key='nid'>761</data>
<data key='name'>Ya basta</data>
<data key='acronym'>Ya basta</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>yabastaroma@hotmail.com</data>
<data key='description'>Associazione per la dignità dei popoli contro il neoliberismo</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='762'>
<data key='nid'>762</data>
<data key='name'>Yeniden ATILIM Newspaper in Turkey</data>
<data key='acronym'>ATILIM</data>
<data key='location'>Istanbul</data>
<data key='country'>Turkey</data>
<data key='website'>http://www.atilim.org</data>
<data key='contact'>atilimuk@hotmail.com</data>
<data key='description'>ATILIM is a socialist newspaper published in Turkey and also Europe.</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
<data key='esf3'>London</data>
</node>
<node id='763'>
<data key='nid'>763</data>
<data key='name'>Youth Action for Peace</data>
<data key='acronym'>YAP</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.yap.org</data>
<data key='contact'>info@yap.org</data>
<data key='description'>International movement which aims for societies of justice, peace and human solidarity</data>
<data key='type'>Youth organization</data>
<data key='image'>images/Youth-organization.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='764'>
<data key='nid'>764</data>
<data key='name'>Zalea TV - Zone of Action for the Liberty of Expression in the Audiovisual media</data>
<data key='acronym'>Zalea TV</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>zalea.ungi.com</data>
<data key='contact'>contact@zalea.org</data>
<data key='description'>French national community television channel which was founded in January 2000 by activists from the Free Media Movement</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='765'>
<data key='nid'>765</data>
<data key='name'>ZaMirNET</data>
<data key='acronym'>ZaMirNET</data>
<data key='location'>Zagreb</data>
<data key='country'>Croatia</data>
<data key='website'>http://www.zamirnet.hr</data>
<data key='contact'>zamir@zamir.net</data>
<data key='description'>na</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf1'>Firenze</data>
</node>
<node id='766'>
<data key='nid'>766</data>
<data key='name'>ZEGG Zentrum fur Experimentelle GesellschaftsGestaltung</data>
<data key='acronym'>ZEGG</data>
<data key='location'>Belzig</data>
<data key='country'>Germany</data>
<data key='website'>na</data>
<data key='contact'>empfang@zegg.de</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Cross thematic networking movements</data>
<data key='group'>GEN</data>
<data key='esf1'>Firenze</data>
</node>
<node id='767'>
<data key='nid'>767</data>
<data key='name'>ZukunftsPiloten</data>
<data key='acronym'>ZukunftsPiloten</data>
<data key='location'>Luneburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.zukunftspiloten.de/</data>
<data key='contact'>info@zukunftspiloten.de</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Youth</data>
<data key='esf1'>Firenze</data>
</node>
<node id='768'>
<data key='nid'>768</data>
<data key='name'>Zvejone</data>
<data key='acronym'>ZEC</data>
<data key='location'>Klaipeda</data>
<data key='country'>Lithuania</data>
<data key='website'>http://www.zvejone.lt</data>
<data key='contact'>zvejone@zvejone.lt</data>
<data key='description'>Promotion of environmentally sustainable and nature friendly development of Klaipeda City and the Lithuanian Coastal Region</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf3'>London</data>
</node>
<node id='769'>
<data key='nid'>769</data>
<data key='name'>Accao, Liberdade, Desenvolvimento, Educacao e Investigacao pelo Ambiente</data>
<data key='acronym'>ALDEIA</data>
<data key='location'>Miranda do Douro</data>
<data key='country'>Portugal</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>ALDEIA is an association for the protection of the environment, throughout an educational and rural development perspective, towards local communities needs and demands, integrated in an ecological overview of the physical and cultural patrimony</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Education</data>
<data key='esf2'>Paris</data>
</node>
<node id='770'>
<data key='nid'>770</data>
<data key='name'>Aktion Bundesschluss</data>
<data key='acronym'>Aktion Bundesschluss</data>
<data key='location'>Stuttgart</data>
<data key='country'>Germany</data>
<data key='website'>http://www.aktion-bundesschluss.de</data>
<data key='contact'>na</data>
<data key='description'>Political fight for a new South Africa without racial segregation</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf1'>Firenze</data>
</node>
<node id='771'>
<data key='nid'>771</data>
<data key='name'>Aktionskomitee gegen Studiengebuhren</data>
<data key='acronym'>Aktionskomitee gegen Studiengebuhren</data>
<data key='location'>Salzburg</data>
<data key='country'>Germany</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Committee Against Tuition Taxes</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Social exclusion and poverty</data>
<data key='esf1'>Firenze</data>
</node>
<node id='772'>
<data key='nid'>772</data>
<data key='name'>Alternativa nord sud per il XXI secolo</data>
<data key='acronym'>ANS-XXI</data>
<data key='location'>Vicenza</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='esf1'>Firenze</data>
</node>
<node id='773'>
<data key='nid'>773</data>
<data key='name'>Alternative per Corciano - rivista</data>
<data key='acronym'>Alternative per Corciano - rivista</data>
<data key='location'>Corciano</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='774'>
<data key='nid'>774</data>
<data key='name'>Altrimondi</data>
<data key='acronym'>Altrimondi</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Creative and active association of people of different religion, ethics and political views operating on city, provincial and regional, national, European territory for environment, solidarity and interculturality.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='775'>
<data key='nid'>775</data>
<data key='name'>Altrimondi Trento</data>
<data key='acronym'>Altrimondi Trento</data>
<data key='location'>Trento</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Creative and active association of people of different religion, ethics and political views operating on city, provincial and regional, national, European territory for environment, solidarity and interculturality.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Ecology and sustainability</data>
<data key='esf1'>Firenze</data>
</node>
<node id='776'>
<data key='nid'>776</data>
<data key='name'>Amicus - trade union MSF</data>
<data key='acronym'>Amicus</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.amicustheunion.org</data>
<data key='contact'>na</data>
<data key='description'>Amicus is the UK's largest manufacturing, technical skilled person's union.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='777'>
<data key='nid'>777</data>
<data key='name'>Amnesty International Belgium</data>
<data key='acronym'>AI</data>
<data key='location'>Bruxelles</data>
<data key='country'>Belgium</data>
<data key='website'>http://www.amnesty.be</data>
<data key='contact'>na</data>
<data key='description'>Belgian section of Amnesty International</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Human and civil rights</data>
<data key='group'>AI</data>
<data key='esf2'>Paris</data>
</node>
<node id='778'>
<data key='nid'>778</data>
<data key='name'>Anti-War Committee Free University of Berlin</data>
<data key='acronym'>Anti-War Committee Free University of Berlin</data>
<data key='location'>Berlin</data>
<data key='country'>Germany</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf1'>Firenze</data>
</node>
<node id='779'>
<data key='nid'>779</data>
<data key='name'>Area autorganizz. Parma</data>
<data key='acronym'>Area autorganizz. Parma</data>
<data key='location'>Parma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.area-online.org</data>
<data key='contact'>na</data>
<data key='description'>Cultural-political association</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='780'>
<data key='nid'>780</data>
<data key='name'>Association des comites de defense des locataires</data>
<data key='acronym'>ACDL</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Asociation/trade Union around lodging and urban problematics</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Housing</data>
<data key='esf2'>Paris</data>
</node>
<node id='781'>
<data key='nid'>781</data>
<data key='name'>Association Francaise des Jouristes Democratiques</data>
<data key='acronym'>AFJD</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>French democratic jurists</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Human and civil rights</data>
<data key='esf2'>Paris</data>
</node>
<node id='782'>
<data key='nid'>782</data>
<data key='name'>Associazione Africa Insieme</data>
<data key='acronym'>Associazione Africa Insieme</data>
<data key='location'>Pisa</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Support for African immigrant workers</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='esf1'>Firenze</data>
</node>
<node id='783'>
<data key='nid'>783</data>
<data key='name'>ATTAC Belgium democratie economique</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Gent</data>
<data key='country'>Belgium</data>
<data key='website'>forum.vl.attac.be/viewforum.php%3Ff%3D4%26amp;sid%3Df2cfbe49934146e823706028de583ed4</data>
<data key='contact'>na</data>
<data key='description'>Trying to find political alternatives for the economy</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='784'>
<data key='nid'>784</data>
<data key='name'>ATTAC Espana Sevilla</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Mairena del Aljarafe</data>
<data key='country'>Spain</data>
<data key='website'>local.attac.org/sevilla</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='785'>
<data key='nid'>785</data>
<data key='name'>ATTAC France 26 Romans</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Romans</data>
<data key='country'>France</data>
<data key='website'>http://www.local.attac.org/Romans</data>
<data key='contact'>na</data>
<data key='description'>Tobin tax</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='786'>
<data key='nid'>786</data>
<data key='name'>ATTAC France 58</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Nevers</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local Attac Branch</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='787'>
<data key='nid'>787</data>
<data key='name'>ATTAC France FSL Montlucon</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Montlucon</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='788'>
<data key='nid'>788</data>
<data key='name'>ATTAC Italia Bologna</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Bologna</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf1'>Firenze</data>
</node>
<node id='789'>
<data key='nid'>789</data>
<data key='name'>ATTAC Russie Controle Democratique</data>
<data key='acronym'>ATTAC</data>
<data key='location'>Moskva</data>
<data key='country'>Russia</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Association with trade unions and searchers from russia</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Economy</data>
<data key='group'>ATTAC</data>
<data key='esf2'>Paris</data>
</node>
<node id='790'>
<data key='nid'>790</data>
<data key='name'>CGIL SNUR</data>
<data key='acronym'>CGIL SNUR</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>SNUR organizes approximately 16.500 membres working in University and Research.It is the Italian most representative union in higher education.</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGIL</data>
<data key='esf1'>Firenze</data>
<data key='esf2'>Paris</data>
</node>
<node id='791'>
<data key='nid'>791</data>
<data key='name'>CGT Mairie de Creteil</data>
<data key='acronym'>CGT Mairie de Creteil</data>
<data key='location'>Creteil</data>
<data key='country'>France</data>
<data key='website'>http://www.spterritoriaux.cgt.fr/spcsdcsr.html</data>
<data key='contact'>na</data>
<data key='description'>Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='792'>
<data key='nid'>792</data>
<data key='name'>CGT SNRT</data>
<data key='acronym'>CGT SNRT</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.cgt-radiofrance.org/</data>
<data key='contact'>na</data>
<data key='description'>Public tv and radio workers trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='group'>CGT</data>
<data key='esf2'>Paris</data>
</node>
<node id='793'>
<data key='nid'>793</data>
<data key='name'>Christian Socialist Movement</data>
<data key='acronym'>CSM</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.christiansocialist.org.uk</data>
<data key='contact'>na</data>
<data key='description'>A movement with ideological basis in the christianity's social justice tradition</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Religiosity and spirituality</data>
<data key='esf2'>Paris</data>
</node>
<node id='794'>
<data key='nid'>794</data>
<data key='name'>Club 1848</data>
<data key='acronym'>Club 1848</data>
<data key='location'>Lyon</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Club of reflexion in hommage to the second french republic in 1848</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='795'>
<data key='nid'>795</data>
<data key='name'>Collectif Auvergne pour le developpement des initiatives solidaires</data>
<data key='acronym'>Collectif Auvergne pour le developpement des initiatives solidaires</data>
<data key='location'>Mazet St Voy</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Collective of three associations located in Auvergne</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Community and local development</data>
<data key='esf2'>Paris</data>
</node>
<node id='796'>
<data key='nid'>796</data>
<data key='name'>Collectif des familles de disparu(e)s en Algerie</data>
<data key='acronym'>Collectif des familles de disparu(e)s en Algerie</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Solidarity with the families of dissapeared persons in Algeria</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>War, conflict resolutions  and peace</data>
<data key='esf2'>Paris</data>
</node>
<node id='797'>
<data key='nid'>797</data>
<data key='name'>Collectif Droits des Femmes Calvados</data>
<data key='acronym'>Collectif Droits des Femmes Calvados</data>
<data key='location'>Calvados</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Women rights</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Gender, sexuality, feminism</data>
<data key='esf2'>Paris</data>
</node>
<node id='798'>
<data key='nid'>798</data>
<data key='name'>Collectif femmes du FSL de Bobigny</data>
<data key='acronym'>Collectif femmes du FSL de Bobigny</data>
<data key='location'>Bobigny</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Women collective from Bobigny to help organise FSE</data>
<data key='type'>Social Forum preparatory working group</data>
<data key='image'>images/Social-Forum-preparatory-working-group.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='799'>
<data key='nid'>799</data>
<data key='name'>Collectif La sante n'est pas une marchandise</data>
<data key='acronym'>Collectif La sante n'est pas une marchandise</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='website'>http://www.loi1901.com/association/la_sante_nest_pas_une_marchandise.php</data>
<data key='contact'>na</data>
<data key='description'>Fight and protection for a public helath service, against the privatisation of health care</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Health</data>
<data key='esf2'>Paris</data>
</node>
<node id='800'>
<data key='nid'>800</data>
<data key='name'>Collectif Montpellier Tous Ensemble 100% a gauche</data>
<data key='acronym'>Collectif Montpellier Tous Ensemble 100% a gauche</data>
<data key='location'>Montpellier</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Citizens from Montpellier to work on democratic participation during the elections</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='801'>
<data key='nid'>801</data>
<data key='name'>Collective dels Ports contra l'Europa del capital</data>
<data key='acronym'>Collective dels Ports contra l'Europa del capital</data>
<data key='location'>Morella</data>
<data key='country'>Spain</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Anticapitalist collective located in rural area to inform and sensibilize around consequences of liberalism</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='802'>
<data key='nid'>802</data>
<data key='name'>GEW - Gewerkschaft Erziehung und Wissenschaft, Hauptvorstand</data>
<data key='acronym'>GEW</data>
<data key='location'>Frankfurt am Main</data>
<data key='country'>Germany</data>
<data key='website'>http://www.gew.de</data>
<data key='contact'>na</data>
<data key='description'>German teacher trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf1'>Firenze</data>
<data key='esf3'>London</data>
</node>
<node id='803'>
<data key='nid'>803</data>
<data key='name'>GMB Leeds</data>
<data key='acronym'>GMB</data>
<data key='location'>Leeds</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Trade union local branch</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='804'>
<data key='nid'>804</data>
<data key='name'>INES SGR UK</data>
<data key='acronym'>INES SGR UK</data>
<data key='location'>Folkestone</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.sgr.org.uk/</data>
<data key='contact'>na</data>
<data key='description'>British section of INES</data>
<data key='type'>Network or federation</data>
<data key='image'>images/Network-or-federation.png</data>
<data key='theme'>Research</data>
<data key='esf3'>London</data>
</node>
<node id='805'>
<data key='nid'>805</data>
<data key='name'>L'Adige</data>
<data key='acronym'>L'Adige</data>
<data key='location'>Trento</data>
<data key='country'>Italy</data>
<data key='website'>http://www.ladige.it</data>
<data key='contact'>na</data>
<data key='description'>Local newspaper from Trento</data>
<data key='type'>Media</data>
<data key='image'>images/Media.png</data>
<data key='theme'>Media and publications</data>
<data key='esf1'>Firenze</data>
</node>
<node id='806'>
<data key='nid'>806</data>
<data key='name'>Palestine Solidarity Campaign West Midlands</data>
<data key='acronym'>Palestine Solidarity Campaign West Midlands</data>
<data key='location'>Birmingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local british branch of PSC campaign</data>
<data key='type'>Project or campaign of several organisations</data>
<data key='image'>images/Project-or-campaign-of-several-organisations.png</data>
<data key='theme'>International solidarity and cooperation</data>
<data key='esf3'>London</data>
</node>
<node id='807'>
<data key='nid'>807</data>
<data key='name'>PRC -  Direzione nazionale Partito della Rifondazione Comunista</data>
<data key='acronym'>PRC</data>
<data key='location'>Roma</data>
<data key='country'>Italy</data>
<data key='website'>http://www.rifondazione.it/direzionepolitica/index.html</data>
<data key='contact'>na</data>
<data key='description'>na</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='808'>
<data key='nid'>808</data>
<data key='name'>REC Kettering</data>
<data key='acronym'>REC Kettering</data>
<data key='location'>Kettering</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='809'>
<data key='nid'>809</data>
<data key='name'>REC Milton Keynes</data>
<data key='acronym'>REC Milton Keynes</data>
<data key='location'>Milton Keynes</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='810'>
<data key='nid'>810</data>
<data key='name'>REC Tyne and Wear</data>
<data key='acronym'>REC Tyne and Wear</data>
<data key='location'>Newcastle upon Tyne</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='811'>
<data key='nid'>811</data>
<data key='name'>REC Wandsworth</data>
<data key='acronym'>REC Wandsworth</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='812'>
<data key='nid'>812</data>
<data key='name'>REP Hackney Racial Equality Partnership</data>
<data key='acronym'>REP Hackney Racial Equality Partnership</data>
<data key='location'>London</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of CRE, Commission for Racial Equality, NGO that provides legal advice and assistance to people who think they have been discriminated against.</data>
<data key='type'>NGO or Association</data>
<data key='image'>images/NGO-or-Association.png</data>
<data key='theme'>Migrations and antiracism</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='esf3'>London</data>
</node>
<node id='813'>
<data key='nid'>813</data>
<data key='name'>Schauspielhaus Hamburg</data>
<data key='acronym'>Schauspielhaus Hamburg</data>
<data key='location'>Hamburg</data>
<data key='country'>Germany</data>
<data key='website'>http://www.schauspielhaus.de/</data>
<data key='contact'>na</data>
<data key='description'>Theatre in the city of Hamburg, Germany</data>
<data key='type'>Professional group in action</data>
<data key='image'>images/Professional-group-in-action.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='814'>
<data key='nid'>814</data>
<data key='name'>Social Forum Local d'Ivry sur Seine</data>
<data key='acronym'>Social Forum Local d'Ivry sur Seine</data>
<data key='location'>Ivry sur Seine</data>
<data key='country'>France</data>
<data key='website'>fse.ivry.fr</data>
<data key='contact'>na</data>
<data key='description'>Local social forum from the region Ivry sur Seine</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='815'>
<data key='nid'>815</data>
<data key='name'>Social ForumLocal de Vitry</data>
<data key='acronym'>Social ForumLocal de Vitry</data>
<data key='location'>Vitry</data>
<data key='country'>France</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local social forum from the region of Vitry</data>
<data key='type'>Social Forum Local/Regional/Thematic</data>
<data key='image'>images/Social-Forum-Local-Regional-Thematic.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf2'>Paris</data>
</node>
<node id='816'>
<data key='nid'>816</data>
<data key='name'>Stop Unionen / Stop The Union</data>
<data key='acronym'>Stop Unionen / Stop The Union</data>
<data key='location'>Copenhagen</data>
<data key='country'>Denmark</data>
<data key='website'>http://www.stopunionen.dk/9.php%3Fsp%3D1</data>
<data key='contact'>na</data>
<data key='description'>Peoples movement against the European Union, no to the EU army, yes to the defense of welfare.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='817'>
<data key='nid'>817</data>
<data key='name'>SWP Colchester</data>
<data key='acronym'>SWP</data>
<data key='location'>Colchester</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of SWP</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='818'>
<data key='nid'>818</data>
<data key='name'>SWP Nottingham</data>
<data key='acronym'>SWP</data>
<data key='location'>Nottingham</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of SWP</data>
<data key='type'>Political party</data>
<data key='image'>images/Political-party.png</data>
<data key='theme'>Democracy and politics</data>
<data key='esf1'>Firenze</data>
</node>
<node id='819'>
<data key='nid'>819</data>
<data key='name'>The Brecht Forum</data>
<data key='acronym'>The Brecht Forum</data>
<data key='location'>New York</data>
<data key='country'>USA</data>
<data key='website'>http://www.brechtforum.org</data>
<data key='contact'>na</data>
<data key='description'>A marxist cell in Manhattan, a place for people who are working for fundamental social change and a new culture that puts human needs first.</data>
<data key='type'>Affinity group or collective</data>
<data key='image'>images/Affinity-group-or-collective.png</data>
<data key='theme'>Art, culture and entertainment</data>
<data key='esf1'>Firenze</data>
</node>
<node id='820'>
<data key='nid'>820</data>
<data key='name'>TUC Colchester</data>
<data key='acronym'>TUC</data>
<data key='location'>Colchester</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.chelmsfordtuc.pwp.blueyonder.co.uk/</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='821'>
<data key='nid'>821</data>
<data key='name'>TUC Hammersmith</data>
<data key='acronym'>TUC</data>
<data key='location'>Hammersmith</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.glatuc.org.uk</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='822'>
<data key='nid'>822</data>
<data key='name'>TUC Haringey</data>
<data key='acronym'>TUC</data>
<data key='location'>Haringey</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='823'>
<data key='nid'>823</data>
<data key='name'>TUC Harringay</data>
<data key='acronym'>TUC</data>
<data key='location'>Harringay</data>
<data key='country'>United Kingdom</data>
<data key='website'>http://www.glatuc.org.uk</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='824'>
<data key='nid'>824</data>
<data key='name'>TUC Oxford and Districts</data>
<data key='acronym'>TUC</data>
<data key='location'>Oxford</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='825'>
<data key='nid'>825</data>
<data key='name'>TUC Plymouth and District</data>
<data key='acronym'>TUC</data>
<data key='location'>Plymouth</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='826'>
<data key='nid'>826</data>
<data key='name'>TUC Southampton</data>
<data key='acronym'>TUC</data>
<data key='location'>Southampton</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='827'>
<data key='nid'>827</data>
<data key='name'>TUC Swindon / Solidarity Magazine</data>
<data key='acronym'>TUC</data>
<data key='location'>Swindon</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='828'>
<data key='nid'>828</data>
<data key='name'>TUC Yeovil</data>
<data key='acronym'>TUC</data>
<data key='location'>Yeovil</data>
<data key='country'>United Kingdom</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='description'>Local branch of the TUC Trade union</data>
<data key='type'>Trade Union</data>
<data key='image'>images/Trade-Union.png</data>
<data key='theme'>Labour, precarity and unemployment</data>
<data key='esf3'>London</data>
</node>
<node id='829'>
<data key='nid'>829</data>
<data key='name'>Abolition 2000</data>
<data key='acronym'>Abolition 2000</data>
<data key='description'>Action des Citoyens pour le Desarmement Nucleaire</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Abolition 2000</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='829' target='23'>
<data key='type'>Is Part Of</data>
</edge>
<node id='830'>
<data key='nid'>830</data>
<data key='name'>AC!</data>
<data key='acronym'>AC!</data>
<data key='description'>AC! Dunkerque Transfaire, AC! Montpellier, AC! Nantes, TGV Nantes, AC! Nord Pas de Calais</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>AC!</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='830' target='7'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='830' target='8'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='830' target='9'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='830' target='10'>
<data key='type'>Is Part Of</data>
</edge>
<node id='831'>
<data key='nid'>831</data>
<data key='name'>ACLI</data>
<data key='acronym'>ACLI</data>
<data key='description'>Aclifoglio</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ACLI</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='831' target='16'>
<data key='type'>Is Part Of</data>
</edge>
<node id='832'>
<data key='nid'>832</data>
<data key='name'>ACV/CSC</data>
<data key='acronym'>ACV/CSC</data>
<data key='description'>des Employes/ Groupement Nation des Cadres", LBC / NVK - Landelijke Bedienden Centrale/  Nationaal Verbond voor Kaderpersoneel</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ACV/CSC</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='833'>
<data key='nid'>833</data>
<data key='name'>ACV-CSC Belgium</data>
<data key='acronym'>ACV-CSC Belgium</data>
<data key='description'>ACV Transcom Algemeen Christelijk Vakverbond Transport and Communication</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ACV-CSC Belgium</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='833' target='32'>
<data key='type'>Is Part Of</data>
</edge>
<node id='834'>
<data key='nid'>834</data>
<data key='name'>ACW</data>
<data key='acronym'>ACW</data>
<data key='description'>ACW Limburg</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ACW</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='834' target='33'>
<data key='type'>Is Part Of</data>
</edge>
<node id='835'>
<data key='nid'>835</data>
<data key='name'>AGESCI</data>
<data key='acronym'>AGESCI</data>
<data key='description'>AGESCI FI 5, AGESCI FI 7, AGESCI Gruppo Scout Firenze XXVI, AGESCI Gruppo scout Lucca Ponte 1, AGESCI Zona Firenze Est</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>AGESCI</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='836'>
<data key='nid'>836</data>
<data key='name'>AGP - Peoples' Global Action</data>
<data key='acronym'>AGP - Peoples' Global Action</data>
<data key='description'>Action Populaire contre la Mondialisation</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>AGP - Peoples' Global Action</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='836' target='26'>
<data key='type'>Is Part Of</data>
</edge>
<node id='837'>
<data key='nid'>837</data>
<data key='name'>AI</data>
<data key='acronym'>AI</data>
<data key='description'>Amnesty International Bangladesh Executive Member / Section Convenor Student group /  Section Director / Business group, Amnesty International Italia, Amnesty International Belgium, Amnesty International Italia Bologna, Amnesty International Italia Empoli Gruppo Italia 54, Amnesty International Italia Firenze, Amnesty International Italia gruppo 225, Amnesty International Italia Gruppo di Piacenza, Amnesty International Russia, Amnesty International Slovenia, Amnesty International Spain / Amnistia Internacional</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>AI</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='837' target='69'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='837' target='777'>
<data key='type'>Is Part Of</data>
</edge>
<node id='838'>
<data key='nid'>838</data>
<data key='name'>Alternatifs</data>
<data key='acronym'>Alternatifs</data>
<data key='description'>Alternatifs Paris</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Alternatifs</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='838' target='60'>
<data key='type'>Is Part Of</data>
</edge>
<node id='839'>
<data key='nid'>839</data>
<data key='name'>AMD</data>
<data key='acronym'>AMD</data>
<data key='description'>AMD Madagascar, AMD / Megachip, AMD Geneve Suisse, AMD Nord Franche-Comte</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>AMD</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='839' target='67'>
<data key='type'>Is Part Of</data>
</edge>
<node id='840'>
<data key='nid'>840</data>
<data key='name'>Amicus</data>
<data key='acronym'>Amicus</data>
<data key='description'>Amicus East London Health Branch, Amicus London Computer Staffs, Amicus London Housing Branch, Amicus London Region, Amicus London regional council, Amicus MSF Croyden and Cristal Palace branch, Amicus MSF Housing Branch</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Amicus</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='841'>
<data key='nid'>841</data>
<data key='name'>ARCI</data>
<data key='acronym'>ARCI</data>
<data key='description'>Arci Arezzo Nuova Associazione, Arci CASERTA, Arci Cecina, Arci Circolo Borderline Sassari, Arci Circolo Pubblica Assistenza Campi Bisenzio (FI), Arci Como Comitato Territoriale, Arci CREMONA, Arci Emilia Romagna Regionale, Arci Firenze, Arci Grosseto Nuova Associazione, Arci La Spezia comitato, Arci Lazio, Arci Lecco, Arci Legnago Nuova associazione, Arci Libriamo, Arci Milano, Arci Modena Nuova associazione  Comitato Provinciale, Arci Reggio Emilia Nuova Associazione, Arci Rimini Nuova Associazione Comitato Provinciale, Arci Sassari, Arci Sicilia, Arci Toscana Comitato Regionale, Arci Trasimeno Nuova Associazione Comitato Territoriale, Arci Varese, Arci Versilia Nuova Associazione, Arci Zona del Cuoio Comitato, Arci Bassa Friulana comitato territoriale, Arci Chieti Comitato Provinciale, Arci Circolo Casa del Popolo di Greve in Chianti, Arci Circolo Girone, Arci Firenze Vie Nuove, Arci Fondazione Rocco Barnabei, Arci La Spezia solidarieta', Arci Lazio solidarieta', Arci Lucca, Arci Macerata comitato Prov., Arci Movie, Arci Novara comitato, Arci nuova associazione Cactus, Arci Padova Nuova Associazione, Arci Parma comitato, Arci Pistoia Circolo Porta al Borgo, Arci Ravenna Nuova Associazione Comitato, Arci terni, Arci Torino Associazione il Minollo, Arci Treviso Comitato provinciale, Arci Valdarno, Arci Versilia Comitato</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ARCI</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='841' target='80'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='841' target='81'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='841' target='82'>
<data key='type'>Is Part Of</data>
</edge>
<node id='842'>
<data key='nid'>842</data>
<data key='name'>Arcidonna</data>
<data key='acronym'>Arcidonna</data>
<data key='description'>Arcidonna Onlus Palermo</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Arcidonna</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='842' target='83'>
<data key='type'>Is Part Of</data>
</edge>
<node id='843'>
<data key='nid'>843</data>
<data key='name'>ATTAC</data>
<data key='acronym'>ATTAC</data>
<data key='description'>Action consommation, ATTAC - Institutions europeennes, ATTAC Belgium Vlaanderen, ATTAC Denmark, ATTAC España Madrid, ATTAC Finland Suomi, ATTAC France, ATTAC France 04, ATTAC France 29, ATTAC France 44, ATTAC France Aube, ATTAC France Loire, ATTAC France Marseille, ATTAC France Paris 13, ATTAC France Roannais, ATTAC France Valenciennes, ATTAC Germany, ATTAC Hungary, ATTAC Italia, ATTAC Italia Torino Comitato locale, ATTAC Maroc groupe Benimellal, ATTAC Maroc groupe Marrakech, ATTAC Norway, ATTAC Poland Warszawa, ATTAC Romania, ATTAC Suisse/Schweiz/Svizzera, ATTAC Sweden (Sverige Stockholm), ATTAC Switzerland / Bern, ATTAC Switzerland / Jeunes-ge, ATTAC Switzerland / Jura, ATTAC Tunisie - Raid jeunes, ATTAC Afrique, ATTAC Austria, ATTAC Austria / Feminist ATTAC, ATTAC Austria Mountains 2001, ZSAM, ATTAC Belgium, ATTAC Belgium democratie economique, ATTAC Belgium Liege, ATTAC Belgium Mons-Borinage, ATTAC Belgium Wallonie-Bruxelles, ATTAC Bulgaria, ATTAC Catalunya, ATTAC Cologne, ATTAC Danmark, Internationale Socialister, ATTAC Espana, ATTAC Espana Asturias, ATTAC- Espana Granada, ATTAC Espana Mallorca, ATTAC Espana Sevilla, ATTAC Espana Valencia, ATTAC Europe, ATTAC Firenze, ATTAC France - Finistere, ATTAC France 02, ATTAC France 05, ATTAC France 06, ATTAC France 13, ATTAC France 16 Charente, ATTAC France 25, ATTAC France 26 Romans, ATTAC France 27 Sud Metaux, ATTAC France 31, ATTAC France 33, ATTAC France 34, ATTAC France 48, ATTAC France 58, ATTAC France 63, ATTAC France 64 Pau, ATTAC France 78 Sud, ATTAC France 87, ATTAC France 91, ATTAC France 93 ouest, ATTAC France AFIS / AFVP, ATTAC France AIN, ATTAC France Ajaccio, ATTAC France Besancon, ATTAC France Brest, ATTAC France Cher, ATTAC France Comite local, ATTAC France Comite Local Yssingelais, ATTAC France Eure et Loir, ATTAC France FSL Montlucon, ATTAC France Gard, ATTAC France Groupe Mediteranee, ATTAC France Groupe sante, ATTAC France Isere, ATTAC France Le Kremlin Bicetre, ATTAC France Le Mans, ATTAC France Lille, ATTAC France Limoges, ATTAC France Montpellier, ATTAC France Nantes, ATTAC France NICE, ATTAC France Paris 11, ATTAC France Paris 12, ATTAC France Paris 14, ATTAC France Paris 20, ATTAC France Paris centre, ATTAC France Paris Nord Ouest, ATTAC France Pays d'Aubagne, ATTAC France Pays de Gex, ATTAC France Pezenas, ATTAC France Rhone, ATTAC France Savoie, ATTAC France Sciences-po, ATTAC France Sete-Thau, ATTAC France Tarn, ATTAC France Tolosa, ATTAC France Touraine, ATTAC France Var, ATTAC France Yvelines Nord, ATTAC Germany Berlin, ATTAC Germany Berlin Bildungswerk, ATTAC Germany Berlin FU, ATTAC Germany Berlin HU, ATTAC Germany Bielefeld, ATTAC Germany D/Ffm, ATTAC Germany Frankfurt am Main, ATTAC Germany Freiburg, ATTAC Germany Freising, ATTAC Germany Gottingen, ATTAC Germany Hamburg, SAV-Sozialistische Alternative, ATTAC Germany Hannover, ATTAC Germany Heidelberg, ATTAC Germany Hochschulgruppe Heidelberg, ATTAC Germany Hochschulgruppe Koeln, ATTAC Germany Karlsruhe, ATTAC Germany Kassel Regionalgruppe, ATTAC Germany Kiel, ATTAC Germany Koln, ATTAC Germany Leipzig, ATTAC Germany Luneburg, ATTAC Germany Mannheim, ATTAC Germany Munchen, ATTAC Germany Oldenburg, ATTAC Germany Potsdam HG PIK, ATTAC Germany Ravensburg, ATTAC Germany Saar, ATTAC Germany Stuttgart, ATTAC Germany Tubingen, ATTAC Germany Vorarlberg, ATTAC Greece / Hellas, ATTAC Ireland, ATTAC Italia Bergamo, ATTAC Italia Bologna, ATTAC Italia Caltagirone, ATTAC Italia Chianti Valdelsa, ATTAC Italia Firenze, ATTAC Italia Lecco, ATTAC Italia Lucca, ATTAC Italia Massa Carrara Forum Sociale, ATTAC Italia Milano, ATTAC Italia Modena, ATTAC Italia Palermo, ATTAC Italia Perugia, ATTAC Italia Reggio Emilia, ATTAC Italia Roma, ATTAC Italia uniGE, ATTAC Italia Valdinievole, ATTAC Littoral Nord, ATTAC Luxembourg, ATTAC Maroc, ATTAC Maroc Groupe de Rabat, ATTAC Maroc Taroudant, ATTAC MB2, Attac Netherlands, ATTAC Poland, ATTAC Portugal, ATTAC Russia, ATTAC Russie Controle Democratique, ATTAC Switzerland / Geneve, ATTAC UK, ATTAC UK East Midlands, ATTAC UK Oxford, ATTAC vamos</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ATTAC</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='843' target='21'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='114'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='115'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='116'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='117'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='118'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='119'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='120'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='121'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='122'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='123'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='124'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='125'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='126'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='127'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='128'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='129'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='130'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='131'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='783'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='784'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='785'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='786'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='787'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='788'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='843' target='789'>
<data key='type'>Is Part Of</data>
</edge>
<node id='844'>
<data key='nid'>844</data>
<data key='name'>BALISE</data>
<data key='acronym'>BALISE</data>
<data key='description'>Comité d'information et de mobilisation pour l'emploi</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>BALISE</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='844' target='202'>
<data key='type'>Is Part Of</data>
</edge>
<node id='845'>
<data key='nid'>845</data>
<data key='name'>Bottega del Mondo</data>
<data key='acronym'>Bottega del Mondo</data>
<data key='description'>Bottega del Mondo - Altromercato, Bottega del Mondo - Gaia commercio equo e solidale, Bottega del Mondo - Gemona del Friuli, Bottega del Mondo - Il Chicco di senape - Pisa, Botteghe del Mondo -Svizzera italiana</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Bottega del Mondo</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='846'>
<data key='nid'>846</data>
<data key='name'>Boycott Bush</data>
<data key='acronym'>Boycott Bush</data>
<data key='description'>Boycott Bush (Ethical Consumer, UK), Boycott Bush International Network (For Mother Earth, Belgium)</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Boycott Bush</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='847'>
<data key='nid'>847</data>
<data key='name'>Bureau international de la paix (BIP) Geneve</data>
<data key='acronym'>Bureau international de la paix (BIP) Geneve</data>
<data key='description'>Appel des Cent pour la Paix Marne</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Bureau international de la paix (BIP) Geneve</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='847' target='73'>
<data key='type'>Is Part Of</data>
</edge>
<node id='848'>
<data key='nid'>848</data>
<data key='name'>CAN</data>
<data key='acronym'>CAN</data>
<data key='description'>Climate Action Network Europe</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CAN</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='848' target='185'>
<data key='type'>Is Part Of</data>
</edge>
<node id='849'>
<data key='nid'>849</data>
<data key='name'>CFAIT - Conseil Francais des Associations d’Immigres de Turquie</data>
<data key='acronym'>CFAIT - Conseil Francais des Associations d’Immigres de Turquie</data>
<data key='description'>Assemblee citoyennes des originaires de Turquie, Association Culturelle des Travailleurs Immigres de Turquie</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CFAIT - Conseil Francais des Associations d’Immigres de Turquie</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='849' target='88'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='849' target='89'>
<data key='type'>Is Part Of</data>
</edge>
<node id='850'>
<data key='nid'>850</data>
<data key='name'>CGIL</data>
<data key='acronym'>CGIL</data>
<data key='description'>CGIL - FP Pescara, CGIL Camera del Lavoro Metropolitana di Venezia, CGIL Emilia Romagna, CGIL FILCEA Firenze, CGIL FILLEA, CGIL FILT /ETF, CGIL FIOM - Federazione Impiegati Operai Metallurgici, CGIL FIOM Genova - Liguria, CGIL FISAC Toscana, CGIL FLAI, CGIL Funzione Pubblica Como, CGIL Genova - Liguria, CGIL Imperia, CGIL Pistoia, CGIL Scuola Genova, CGIL Scuola Piacenza Segreteria, CGIL Scuola Torino Segreteria Generale, CGIL Scuola Toscana Segreteria Generale, CGIL SLC Torino, CGIL SNUR Firenze, CGIL SNUR Liguria, CGIL Valdarno, CGIL / AGB Sudtirol - Alto Adige, CGIL FILCAMS Firenze, CGIL FILCAMS Liguria, CGIL FILT, CGIL FNLE (energia), CGIL Padova, CGIL Scuola Bergamo, CGIL Scuola Estero GB, CGIL Scuola Potenza, CGIL SNUR, CGIL Universita' e ricerca, CGIL Veneto, CGIL Vicenza</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CGIL</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='850' target='155'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='850' target='790'>
<data key='type'>Is Part Of</data>
</edge>
<node id='851'>
<data key='nid'>851</data>
<data key='name'>CGT</data>
<data key='acronym'>CGT</data>
<data key='description'>CGT 30 Union Departementale, CGT 77 Union departementale de Seine et Marne, CGT 78 Union Departementale des Yvelines, CGT 92 Union departementale des Hauts de Seine, CGT 93 Union departementale, CGT 94 Union Departementale Val de Marne, CGT Afertes / Arras, CGT EDF-GDF Loire, CGT Federation des cheminots, CGT Federation des finances, CGT Federation nationale agroalimentaire et forestiere, CGT Federation nationale du personnel des secteurs financiers, CGT FERC Fédération de l’éducation, de la recherche et de la culture, CGT FNME - Federation nationale des mines et de l'energie, CGT FTM - Federation des Travailleurs de la Metallurgie, CGT Jeunes, CGT PTT Federation, CGT SDEN CGT 75 Paris, CGT SDEN Syndicat departemental de l'education national CGT 93, CGT Section des imprimeurs rotativistes de presse, CGT SNJ Syndicat National des Journalistes, CGT SNTRS, CGT Syndicat francais des artistes, CGT Territoriaux Villejuif, CGT UD 30 Gard, CGT UD 91 ESSONNE, CGT Union departementale  Paris, CGT URIF Union regionale d’Ile de France, CGT - Federation nationale des salaries du secteur des activites postales et des telecommunications, CGT Banque de France, CGT Federation des transports, CGT Mairie de Creteil, CGT msa36 Syndicat, CGT Postaux de Paris, CGT Schindler Ile de France, CGT SNRT, CGT Spain, CGT Syndicat des personnels des foyers ruraux, CGT Trav Metal, CGT UGICT Union generale des ingenieurs, cadres et techniciens</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CGT</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='851' target='157'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='158'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='159'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='160'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='161'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='162'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='163'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='164'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='165'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='166'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='167'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='168'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='169'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='170'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='171'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='172'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='173'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='174'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='175'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='176'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='177'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='178'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='179'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='791'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='851' target='792'>
<data key='type'>Is Part Of</data>
</edge>
<node id='852'>
<data key='nid'>852</data>
<data key='name'>CIPSI</data>
<data key='acronym'>CIPSI</data>
<data key='description'>SPS - Solidarieta' Pace e Sviluppo Aosta</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CIPSI</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='852' target='571'>
<data key='type'>Is Part Of</data>
</edge>
<node id='853'>
<data key='nid'>853</data>
<data key='name'>CNL</data>
<data key='acronym'>CNL</data>
<data key='description'>Confederation Nationale du Logement 93</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CNL</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='853' target='211'>
<data key='type'>Is Part Of</data>
</edge>
<node id='854'>
<data key='nid'>854</data>
<data key='name'>Cobas</data>
<data key='acronym'>Cobas</data>
<data key='description'>Cobas Milano, Cobas Scuola Arezzo, Cobas Regione Toscana, Cobas Scuola Italia</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Cobas</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='855'>
<data key='nid'>855</data>
<data key='name'>Convergences palestine / Israel</data>
<data key='acronym'>Convergences palestine / Israel</data>
<data key='description'>Transeuropeennes</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Convergences palestine / Israel</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='855' target='649'>
<data key='type'>Is Part Of</data>
</edge>
<node id='856'>
<data key='nid'>856</data>
<data key='name'>CRE Commission for Racial Equality</data>
<data key='acronym'>CRE Commission for Racial Equality</data>
<data key='description'>Highland Alliance for Racial Equality, REC Aylesbury Vale Racial Equality Council, REC Barking and Dagenham, REC Bath and North East Somerset, REC Bedford, REC Blackburn with Darwen, REC Bolton, REC Bristol, REC Bromley, REC Bury Metro, REC Cardiff Race Equality First, REC Central Scotland, REC Charnwood, REC Cheshire, Halton and Warrington, REC Chiltern, REC Darlington and Durham County, REC Derby, REC Devon and Exeter, REC Dorset, REC Dudley, REC East Staffordshire, REC Edinburgh and Lothians, REC Enfield, REC Essex, REC Essex - Basildon Sub-Office, REC Fife, REC Gloucestershire, REC Grampian, REC Haringey, REC Harrow, REC Hillingdon, REC Hounslow, REC Ipswich and Suffolk, REC Kingstone, REC Kirklees, REC Leeds, REC Leicester, REC Lincolnshire, REC Medway, REC Newham Race Equality, REC North Staffordshire, REC North West Kent, REC Northamptonshire, REC Norwich and Norfolk, REC Nottingham and District, REC Oxfordshire, REC Peterborough, REC Plymouth and District, REC Preston and Western Lancashire, REC Reading, REC Redbridge, REC Rotherham, REC Rugby, REC Sandwell Race Equality, REC Sheffield, REC Slough, REC Somerset, REC South East Wales, REC Southwark, REC Sutton, REC Swansea Bay, REC Swindon, REC Tameside, REC Tayside, REC Telford and Shropshire, REC Valleys, REC Waltham Forest, REC Warwick District, REC Watford, REC West Midlands Race Equality, REC West of Scotland, REC Westminster, REC Wiltshire, REC Worcestershire, REC Wycombe, REN North Wales Racial Equality Network, REN York Race Equality Network, REP Ayrshire Race Equality Partnership, REP Croydon, REP Herefordshire Racial Equality Partnership, REP Merton Race Equality Partnership, REP Oldham, REC Kettering, REC Milton Keynes, REC Tyne and Wear, REC Wandsworth, REP Hackney Racial Equality Partnership</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>CRE Commission for Racial Equality</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='856' target='318'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='414'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='415'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='416'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='417'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='418'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='419'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='420'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='421'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='422'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='423'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='424'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='425'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='426'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='427'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='428'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='429'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='430'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='431'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='432'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='433'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='434'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='435'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='436'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='437'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='438'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='439'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='440'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='441'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='442'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='443'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='444'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='445'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='446'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='447'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='448'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='449'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='450'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='451'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='452'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='453'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='454'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='455'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='456'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='457'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='458'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='459'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='460'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='461'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='462'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='463'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='464'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='465'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='466'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='467'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='468'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='469'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='470'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='471'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='472'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='473'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='474'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='475'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='476'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='477'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='478'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='479'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='480'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='481'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='482'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='483'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='484'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='485'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='486'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='487'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='490'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='491'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='493'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='494'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='495'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='496'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='497'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='808'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='809'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='810'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='811'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='856' target='812'>
<data key='type'>Is Part Of</data>
</edge>
<node id='857'>
<data key='nid'>857</data>
<data key='name'>Eurodesk</data>
<data key='acronym'>Eurodesk</data>
<data key='description'>Xena - Centro Scambi e Dinamiche Interculturali</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Eurodesk</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='857' target='760'>
<data key='type'>Is Part Of</data>
</edge>
<node id='858'>
<data key='nid'>858</data>
<data key='name'>EuroMarches - Marches europeennes</data>
<data key='acronym'>EuroMarches - Marches europeennes</data>
<data key='description'>EuroMarches Austria, EuroMarches Holland, EuroMarches Spain, EuroMarsch Deutschland</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>EuroMarches - Marches europeennes</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='859'>
<data key='nid'>859</data>
<data key='name'>European network of Local Social Forums</data>
<data key='acronym'>European network of Local Social Forums</data>
<data key='description'>Forum del teatro, Social Forum Austria, Social Forum Basque Country - Euskal Herriko Foro soziala, Social Forum Belgique / CNCD, Social Forum Cardiff, Social Forum Greece, Social Forum Hungary, Social Forum Manchester, German Social Forum, Global research Centre Barcellona, Social Forum Berlin, Social Forum Goteborg, Social Forum Initiative of Czech Rep., Social Forum Ivry, Social Forum Kurdistan, Social Forum London, Social Forum Madrid, Social Forum Paris, Social Forum St Denis, Social Forum Thessaloniki, Social Forum Turkey</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>European network of Local Social Forums</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='859' target='544'>
<data key='type'>Is Part Of</data>
</edge>
<node id='860'>
<data key='nid'>860</data>
<data key='name'>Evelyn Oldfield Unit</data>
<data key='acronym'>Evelyn Oldfield Unit</data>
<data key='description'>Genuine Empowerment of Mothers in Society</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Evelyn Oldfield Unit</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='860' target='268'>
<data key='type'>Is Part Of</data>
</edge>
<node id='861'>
<data key='nid'>861</data>
<data key='name'>Federal association life right (BVL).</data>
<data key='acronym'>Federal association life right (BVL).</data>
<data key='description'>Aktion Lebensrecht fur Alle e.V.</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Federal association life right (BVL).</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='861' target='52'>
<data key='type'>Is Part Of</data>
</edge>
<node id='862'>
<data key='nid'>862</data>
<data key='name'>FIAN</data>
<data key='acronym'>FIAN</data>
<data key='description'>FIAN Belgium, FIAN Germany</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>FIAN</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='862' target='225'>
<data key='type'>Is Part Of</data>
</edge>
<node id='863'>
<data key='nid'>863</data>
<data key='name'>FIDH</data>
<data key='acronym'>FIDH</data>
<data key='description'>Association Europeenne pour la defense des Droits de l’Homme</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>FIDH</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='863' target='94'>
<data key='type'>Is Part Of</data>
</edge>
<node id='864'>
<data key='nid'>864</data>
<data key='name'>FILEF</data>
<data key='acronym'>FILEF</data>
<data key='description'>Federazione Italiana Emigrazione Immigrazione</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>FILEF</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='865'>
<data key='nid'>865</data>
<data key='name'>FOCSIV</data>
<data key='acronym'>FOCSIV</data>
<data key='description'>Volontariato Internazionale Donna Educazione sviluppo</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>FOCSIV</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='865' target='725'>
<data key='type'>Is Part Of</data>
</edge>
<node id='866'>
<data key='nid'>866</data>
<data key='name'>FOE</data>
<data key='acronym'>FOE</data>
<data key='description'>FOE - Friends of the Earth France (Les Amis de la Terre), FOE - Friends of the Earth Sweden, FOE - Friends of the Earth UK, FOE - Friends of the Earth Birmingham, FOE - Friends of the Earth Europe (on behalf of the Bite Back), FOE - Friends of the Earth Germany, FOE - Friends of the Earth Ireland, FOE - Friends of the Earth- JADES (Environmental Justice, Ecological Debt and Sustainability), FOE - Friends of the Earth Lombardia (Amici della Terra)</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>FOE</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='866' target='227'>
<data key='type'>Is Part Of</data>
</edge>
<node id='867'>
<data key='nid'>867</data>
<data key='name'>Fraap</data>
<data key='acronym'>Fraap</data>
<data key='description'>Transignum and co</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Fraap</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='867' target='652'>
<data key='type'>Is Part Of</data>
</edge>
<node id='868'>
<data key='nid'>868</data>
<data key='name'>G-10 Solidaires</data>
<data key='acronym'>G-10 Solidaires</data>
<data key='description'>SU au Tresor - Solidaire Unitaire au Tresor (USG10Solidaires), SUD aerien, SUD ANPE, SUD caisses d'epargne, SUD CDC, SUD Centrale MINEFI, SUD Chimie pharma, SUD Credit agricole Mutuel CAM, SUD credit agricole mutuel CAM - Basse Normandie, SUD CT collectivites territoriales, SUD Culture (membre de l'Union syndicale G 10-Solidaires), SUD Education - G10 Solidaires, SUD Education 18, SUD education 44 Loire Atlantique, SUD Education 66, SUD energie, SUD etudiants, SUD FNAC, SUD FPA - Formation Professionnelle pour adultes, SUD justice, SUD metaux coord metal, SUD Michelin Union syndicale G10 Solidaires, SUD mutualite, SUD protection sociale, SUD PTT  - Federation (G 10 solidaires), SUD Ptt 12 Aveyron, SUD Ptt 31 Haute Garonne, SUD Ptt 44 Loire Atlantique, SUD Ptt 83 Var, SUD Ptt Ceritex, SUD Ptt Telecom Ile de France, SUD rail, SUD Recherche EPST - G10 solidaires, SUD rural, SUD sante-sociaux, SUD services publics, SUD SONACOTRA, SUD travail, SUD Tresor, SUD VPC, Syndicat Unitaire a' l'Industrie (membre de l'US G10 Solidaires), SUD CP</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>G-10 Solidaires</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='868' target='589'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='590'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='591'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='592'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='593'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='594'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='595'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='596'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='597'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='598'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='599'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='600'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='601'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='602'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='603'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='604'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='605'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='606'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='607'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='608'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='609'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='610'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='611'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='612'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='613'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='614'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='615'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='616'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='617'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='618'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='619'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='620'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='621'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='622'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='623'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='624'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='625'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='626'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='868' target='639'>
<data key='type'>Is Part Of</data>
</edge>
<node id='869'>
<data key='nid'>869</data>
<data key='name'>GEN</data>
<data key='acronym'>GEN</data>
<data key='description'>ZEGG Zentrum fur Experimentelle GesellschaftsGestaltung</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>GEN</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='869' target='766'>
<data key='type'>Is Part Of</data>
</edge>
<node id='870'>
<data key='nid'>870</data>
<data key='name'>Global World Bank Boycott Network</data>
<data key='acronym'>Global World Bank Boycott Network</data>
<data key='description'>A SEED World Bank Boycott</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Global World Bank Boycott Network</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='871'>
<data key='nid'>871</data>
<data key='name'>Graiff</data>
<data key='acronym'>Graiff</data>
<data key='description'>Uff Femmes solidaires Vaucluse</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Graiff</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='871' target='665'>
<data key='type'>Is Part Of</data>
</edge>
<node id='872'>
<data key='nid'>872</data>
<data key='name'>Habitat</data>
<data key='acronym'>Habitat</data>
<data key='description'>Habitat - HIC Plataforma España, Habitat Initiative Deutschland / Witten Tenants Association, Habitat International Coalition - Housing and Land Rights Network Middle East and North Africa</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Habitat</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='872' target='309'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='872' target='310'>
<data key='type'>Is Part Of</data>
</edge>
<node id='873'>
<data key='nid'>873</data>
<data key='name'>ILEP, la Federazione Internazionale delle Associazioni anti-Lebbra</data>
<data key='acronym'>ILEP, la Federazione Internazionale delle Associazioni anti-Lebbra</data>
<data key='description'>Associazione Italiana amici di Raoul Follereau e European Coordination PHM</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>ILEP, la Federazione Internazionale delle Associazioni anti-Lebbra</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='874'>
<data key='nid'>874</data>
<data key='name'>INF - International Friends of Nature</data>
<data key='acronym'>INF - International Friends of Nature</data>
<data key='description'>Albanian Ecological Club- International Friends of Nature</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>INF - International Friends of Nature</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='875'>
<data key='nid'>875</data>
<data key='name'>IRES - L'inter-réseaux de l'économie solidaire</data>
<data key='acronym'>IRES - L'inter-réseaux de l'économie solidaire</data>
<data key='description'>Citoyens et Initiatives pour la Vie Locale, l'Insertion sur le Territoire et l'Economie Solidaire</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>IRES - L'inter-réseaux de l'économie solidaire</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='875' target='183'>
<data key='type'>Is Part Of</data>
</edge>
<node id='876'>
<data key='nid'>876</data>
<data key='name'>Jubilee debt campaign</data>
<data key='acronym'>Jubilee debt campaign</data>
<data key='description'>Women's Environmental Network</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Jubilee debt campaign</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='876' target='746'>
<data key='type'>Is Part Of</data>
</edge>
<node id='877'>
<data key='nid'>877</data>
<data key='name'>LDH</data>
<data key='acronym'>LDH</data>
<data key='description'>Collectif pour la Citoyennete et les Droits Fondamentaux</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>LDH</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='877' target='198'>
<data key='type'>Is Part Of</data>
</edge>
<node id='878'>
<data key='nid'>878</data>
<data key='name'>L'Ulivo</data>
<data key='acronym'>L'Ulivo</data>
<data key='description'>Vivere Lucca</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>L'Ulivo</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='878' target='718'>
<data key='type'>Is Part Of</data>
</edge>
<node id='879'>
<data key='nid'>879</data>
<data key='name'>l'Union internationale des locataires, ou encore International Union of Tenants (IUT)</data>
<data key='acronym'>l'Union internationale des locataires, ou encore International Union of Tenants (IUT)</data>
<data key='description'>Confederation Nationale du Logement</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>l'Union internationale des locataires, ou encore International Union of Tenants (IUT)</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='879' target='210'>
<data key='type'>Is Part Of</data>
</edge>
<node id='880'>
<data key='nid'>880</data>
<data key='name'>Friends of the Earth</data>
<data key='acronym'>Friends of the Earth</data>
<data key='description'>FOE - Friends of the Earth - Europe</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Friends of the Earth</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='881'>
<data key='nid'>881</data>
<data key='name'>NUS</data>
<data key='acronym'>NUS</data>
<data key='description'>Goldsmiths College Students Union</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>NUS</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='881' target='297'>
<data key='type'>Is Part Of</data>
</edge>
<node id='882'>
<data key='nid'>882</data>
<data key='name'>Oxfam International</data>
<data key='acronym'>Oxfam International</data>
<data key='description'>Agir ici pour un monde solidaire</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Oxfam International</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='882' target='45'>
<data key='type'>Is Part Of</data>
</edge>
<node id='883'>
<data key='nid'>883</data>
<data key='name'>Palestinian Non-governmental Organizations Network.</data>
<data key='acronym'>Palestinian Non-governmental Organizations Network.</data>
<data key='description'>AL-Dameer Association For Human Rights</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Palestinian Non-governmental Organizations Network.</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='884'>
<data key='nid'>884</data>
<data key='name'>Peuple et Culture (108-110, rue St Maur 75011 Paris)</data>
<data key='acronym'>Peuple et Culture (108-110, rue St Maur 75011 Paris)</data>
<data key='description'>Accueil Paysan</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Peuple et Culture (108-110, rue St Maur 75011 Paris)</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='884' target='14'>
<data key='type'>Is Part Of</data>
</edge>
<node id='885'>
<data key='nid'>885</data>
<data key='name'>Radio GAP</data>
<data key='acronym'>Radio GAP</data>
<data key='description'>Radio citta 103</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Radio GAP</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='885' target='408'>
<data key='type'>Is Part Of</data>
</edge>
<node id='886'>
<data key='nid'>886</data>
<data key='name'>RCADE</data>
<data key='acronym'>RCADE</data>
<data key='description'>XCADE - Xarxa Ciutadana per a l'Abolicio del Deute Extern</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>RCADE</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='886' target='759'>
<data key='type'>Is Part Of</data>
</edge>
<node id='887'>
<data key='nid'>887</data>
<data key='name'>Rede Repper</data>
<data key='acronym'>Rede Repper</data>
<data key='description'>Action chretienne des etudiants russes- Mouvement de jeunesse orthodoxe</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Rede Repper</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='887' target='20'>
<data key='type'>Is Part Of</data>
</edge>
<node id='888'>
<data key='nid'>888</data>
<data key='name'>REPPER</data>
<data key='acronym'>REPPER</data>
<data key='description'>Association Nationale des Amis de L'Enfance au Tchad - membre de REPPER</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>REPPER</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<node id='889'>
<data key='nid'>889</data>
<data key='name'>Rete Lilliput</data>
<data key='acronym'>Rete Lilliput</data>
<data key='description'>Manitese, Rete Lilliput Amici dei Popoli, Rete Lilliput Bocconi, Rete Lilliput Nodo della Martesana, Rete Lilliput nodo di Alessandria - Casale, Rete Lilliput Nodo di Bologna, Rete Lilliput nodo di Bolzano, Rete Lilliput nodo di Brescia, Rete Lilliput nodo di Cagliari, Rete Lilliput nodo di Cremona, Rete Lilliput nodo di Cuneo, Rete Lilliput nodo di Empoli, Rete Lilliput nodo di Ferrara, Rete Lilliput nodo di Firenze, Rete Lilliput Nodo di Lodi, Rete Lilliput nodo di Milano, Rete Lilliput Nodo di Modena, Rete Lilliput nodo di Monza, Rete Lilliput nodo di Padova, Rete Lilliput nodo di Parma, Rete Lilliput nodo di Pisa - Forum Sociale Pisano, Rete Lilliput nodo di Prato, Rete Lilliput Nodo di Roma, Rete Lilliput nodo di TORINO, Rete Lilliput Nodo di Trento, Rete Lilliput nodo di Valsangone (To), Rete Lilliput nodo di Varese, Rete Lilliput nodo di Venegono, Rete Lilliput nodo di Viareggio - Versilia, Rete Lilliput Punto Mediavalle del Serchio - Collettivo Lu_cia (sf Lucca), Rete Lilliput Subnodo, Rete Radie Resch - Rete Lilliput, Roba dell'Altro Mondo, WWF - Italia</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Rete Lilliput</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='889' target='503'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='889' target='758'>
<data key='type'>Is Part Of</data>
</edge>
<node id='890'>
<data key='nid'>890</data>
<data key='name'>SUD</data>
<data key='acronym'>SUD</data>
<data key='description'>SSP/VPOD Syndicat des Services Publics - Region Vaud</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>SUD</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='890' target='573'>
<data key='type'>Is Part Of</data>
</edge>
<node id='891'>
<data key='nid'>891</data>
<data key='name'>Tavola della Pace</data>
<data key='acronym'>Tavola della Pace</data>
<data key='description'>Associazioni Cristiane Lavoratori Italiani</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Tavola della Pace</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='891' target='113'>
<data key='type'>Is Part Of</data>
</edge>
<node id='892'>
<data key='nid'>892</data>
<data key='name'>Transform Europe</data>
<data key='acronym'>Transform Europe</data>
<data key='description'>TRANSFORM! Europe (ESPACES MARX), Transform! Italia</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>Transform Europe</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='892' target='650'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='892' target='651'>
<data key='type'>Is Part Of</data>
</edge>
<node id='893'>
<data key='nid'>893</data>
<data key='name'>UNAF</data>
<data key='acronym'>UNAF</data>
<data key='description'>Union nationale des familles laiques</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>UNAF</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='893' target='681'>
<data key='type'>Is Part Of</data>
</edge>
<node id='894'>
<data key='nid'>894</data>
<data key='name'>UNISAT</data>
<data key='acronym'>UNISAT</data>
<data key='description'>Union regionale pour la promotion et la reconnaissance des droits des Tsiganes et Gens du Voyage en Ile-de-France</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>UNISAT</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='894' target='686'>
<data key='type'>Is Part Of</data>
</edge>
<node id='895'>
<data key='nid'>895</data>
<data key='name'>US G10 solidaires</data>
<data key='acronym'>US G10 solidaires</data>
<data key='description'>SNUDDI - syndicat national unitaire douanes et droits indirects, SNUI USG10Solidaires - Syndicat National Unifie des Impots, Syndicat national autonome du personnel de la banque de France G10 Solidaires, Syndicat national unitaire concurrence consommation repression des fraudes</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>US G10 solidaires</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='895' target='542'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='895' target='543'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='895' target='635'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='895' target='638'>
<data key='type'>Is Part Of</data>
</edge>
<node id='896'>
<data key='nid'>896</data>
<data key='name'>US Solidaires G10</data>
<data key='acronym'>US Solidaires G10</data>
<data key='description'>SNJ - Syndicat National des Journalistes (Union syndicale G 10 Solidaires), Syndicat national des mecaniciens au sol de l'aviation civile</data>
<data key='type'>Network+</data>
<data key='image'>images/Network.png</data>
<data key='group'>US Solidaires G10</data>
<data key='website'>na</data>
<data key='contact'>na</data>
</node>
<edge source='896' target='541'>
<data key='type'>Is Part Of</data>
</edge>
<edge source='896' target='637'>
<data key='type'>Is Part Of</data>
</edge>
<node id='897'>
<data key='nid'>897</data>
<data key='name'>America Latina: crisi globale e resistenza sociale</data>
<data key='acronym'>America Latina: crisi globale e resistenza sociale</data>
<data key='description'>America Latina: crisi globale e resistenza sociale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='897' target='124'>
<data key='type'>Participated To</data>
</edge>
<node id='898'>
<data key='nid'>898</data>
<data key='name'>Da una riva all'altra</data>
<data key='acronym'>Da una riva all'altra</data>
<data key='description'>Da una riva all'altra</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='898' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='899'>
<data key='nid'>899</data>
<data key='name'>Dall'Unione Europea della globalizzazione liberista all'Europa delle alternative</data>
<data key='acronym'>Dall'Unione Europea della globalizzazione liberista all'Europa delle alternative</data>
<data key='description'>Dall'Unione Europea della globalizzazione liberista all'Europa delle alternative</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='899' target='154'>
<data key='type'>Participated To</data>
</edge>
<node id='900'>
<data key='nid'>900</data>
<data key='name'>Democrazia partecipativa</data>
<data key='acronym'>Democrazia partecipativa</data>
<data key='description'>Democrazia partecipativa</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='900' target='134'>
<data key='type'>Participated To</data>
</edge>
<node id='901'>
<data key='nid'>901</data>
<data key='name'>Europa centrale ed orientale nella globalizzazione: alternative al neoliberismo. </data>
<data key='acronym'>Europa centrale ed orientale nella globalizzazione: alternative al neoliberismo. </data>
<data key='description'>Europa centrale ed orientale nella globalizzazione: alternative al neoliberismo. </data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='901' target='209'>
<data key='type'>Participated To</data>
</edge>
<node id='902'>
<data key='nid'>902</data>
<data key='name'>Europa del lavoro tra produzione globale e frammentazione sociale</data>
<data key='acronym'>Europa del lavoro tra produzione globale e frammentazione sociale</data>
<data key='description'>Europa del lavoro tra produzione globale e frammentazione sociale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='902' target='124'>
<data key='type'>Participated To</data>
</edge>
<node id='903'>
<data key='nid'>903</data>
<data key='name'>L'Europa nella sovranità alimentare</data>
<data key='acronym'>L'Europa nella sovranità alimentare</data>
<data key='description'>L'Europa nella sovranità alimentare</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='903' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='904'>
<data key='nid'>904</data>
<data key='name'>Mediterraneo: un mare di conflitti, in cerca di democrazia e pace</data>
<data key='acronym'>Mediterraneo: un mare di conflitti, in cerca di democrazia e pace</data>
<data key='description'>Mediterraneo: un mare di conflitti, in cerca di democrazia e pace</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='904' target='116'>
<data key='type'>Participated To</data>
</edge>
<edge source='904' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='904' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='905'>
<data key='nid'>905</data>
<data key='name'>Movimenti e partiti politici</data>
<data key='acronym'>Movimenti e partiti politici</data>
<data key='description'>Movimenti e partiti politici</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='905' target='188'>
<data key='type'>Participated To</data>
</edge>
<edge source='905' target='513'>
<data key='type'>Participated To</data>
</edge>
<node id='906'>
<data key='nid'>906</data>
<data key='name'>Movimenti ed istituzioni</data>
<data key='acronym'>Movimenti ed istituzioni</data>
<data key='description'>Movimenti ed istituzioni</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='906' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='907'>
<data key='nid'>907</data>
<data key='name'>Non c'è pace senza giustizia</data>
<data key='acronym'>Non c'è pace senza giustizia</data>
<data key='description'>Non c'è pace senza giustizia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='907' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='908'>
<data key='nid'>908</data>
<data key='name'>Palestina- Israele: il conflitto, l'Europa, solidarietà attiva per una pace giusta</data>
<data key='acronym'>Palestina- Israele: il conflitto, l'Europa, solidarietà attiva per una pace giusta</data>
<data key='description'>Palestina- Israele: il conflitto, l'Europa, solidarietà attiva per una pace giusta</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='908' target='116'>
<data key='type'>Participated To</data>
</edge>
<edge source='908' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='909'>
<data key='nid'>909</data>
<data key='name'>Assemblea degli studenti</data>
<data key='acronym'>Assemblea degli studenti</data>
<data key='description'>Assemblea degli studenti</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='909' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='910'>
<data key='nid'>910</data>
<data key='name'>Calcio, cultura e la lotta contro il razzismo</data>
<data key='acronym'>Calcio, cultura e la lotta contro il razzismo</data>
<data key='description'>Calcio, cultura e la lotta contro il razzismo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='910' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='911'>
<data key='nid'>911</data>
<data key='name'>Cancellazione del debito e fine degli aggiustamenti strutturali</data>
<data key='acronym'>Cancellazione del debito e fine degli aggiustamenti strutturali</data>
<data key='description'>Cancellazione del debito e fine degli aggiustamenti strutturali</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='911' target='132'>
<data key='type'>Participated To</data>
</edge>
<node id='912'>
<data key='nid'>912</data>
<data key='name'>Che il futuro non ci sia indifferente</data>
<data key='acronym'>Che il futuro non ci sia indifferente</data>
<data key='description'>Che il futuro non ci sia indifferente</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='912' target='488'>
<data key='type'>Participated To</data>
</edge>
<edge source='912' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='913'>
<data key='nid'>913</data>
<data key='name'>Consumo critico: lo stile di vita come opposizione e proposta politica</data>
<data key='acronym'>Consumo critico: lo stile di vita come opposizione e proposta politica</data>
<data key='description'>Consumo critico: lo stile di vita come opposizione e proposta politica</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='913' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='914'>
<data key='nid'>914</data>
<data key='name'>Contro il lavoro minorile</data>
<data key='acronym'>Contro il lavoro minorile</data>
<data key='description'>Contro il lavoro minorile</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='914' target='209'>
<data key='type'>Participated To</data>
</edge>
<edge source='914' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='915'>
<data key='nid'>915</data>
<data key='name'>Contro il Piano Colombia</data>
<data key='acronym'>Contro il Piano Colombia</data>
<data key='description'>Contro il Piano Colombia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='915' target='683'>
<data key='type'>Participated To</data>
</edge>
<node id='916'>
<data key='nid'>916</data>
<data key='name'>Contro la privatizzazione/aziendalizzazione della sanità e la mercificazione della salute</data>
<data key='acronym'>Contro la privatizzazione/aziendalizzazione della sanità e la mercificazione della salute</data>
<data key='description'>Contro la privatizzazione/aziendalizzazione della sanità e la mercificazione della salute</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='916' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='917'>
<data key='nid'>917</data>
<data key='name'>Costruire una rete europea contro la precarietà l’esclusione sociale</data>
<data key='acronym'>Costruire una rete europea contro la precarietà l’esclusione sociale</data>
<data key='description'>Costruire una rete europea contro la precarietà l’esclusione sociale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='917' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='918'>
<data key='nid'>918</data>
<data key='name'>Crisi ecologica, sistema economico sociale, Europa</data>
<data key='acronym'>Crisi ecologica, sistema economico sociale, Europa</data>
<data key='description'>Crisi ecologica, sistema economico sociale, Europa</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='918' target='132'>
<data key='type'>Participated To</data>
</edge>
<node id='919'>
<data key='nid'>919</data>
<data key='name'>Cuba e Europa</data>
<data key='acronym'>Cuba e Europa</data>
<data key='description'>Cuba e Europa</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='919' target='44'>
<data key='type'>Participated To</data>
</edge>
<edge source='919' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='920'>
<data key='nid'>920</data>
<data key='name'>Democrazia partecipativa + Democratizzare la democrazia</data>
<data key='acronym'>Democrazia partecipativa + Democratizzare la democrazia</data>
<data key='description'>Democrazia partecipativa + Democratizzare la democrazia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='920' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='921'>
<data key='nid'>921</data>
<data key='name'>Diritti in movimento: per un'iniziative europea contro le privatizzazioni dei servizi pubblici</data>
<data key='acronym'>Diritti in movimento: per un'iniziative europea contro le privatizzazioni dei servizi pubblici</data>
<data key='description'>Diritti in movimento: per un'iniziative europea contro le privatizzazioni dei servizi pubblici</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='921' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='922'>
<data key='nid'>922</data>
<data key='name'>Diritto d’asilo e diritti di richiesta di asilo in Europa</data>
<data key='acronym'>Diritto d’asilo e diritti di richiesta di asilo in Europa</data>
<data key='description'>Diritto d’asilo e diritti di richiesta di asilo in Europa</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='922' target='689'>
<data key='type'>Participated To</data>
</edge>
<node id='923'>
<data key='nid'>923</data>
<data key='name'>Discriminazione etnica - una sfida alla società civile europea</data>
<data key='acronym'>Discriminazione etnica - una sfida alla società civile europea</data>
<data key='description'>Discriminazione etnica - una sfida alla società civile europea</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='923' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='924'>
<data key='nid'>924</data>
<data key='name'>Europa e Stati Uniti nel nuovo ordine imperiale</data>
<data key='acronym'>Europa e Stati Uniti nel nuovo ordine imperiale</data>
<data key='description'>Europa e Stati Uniti nel nuovo ordine imperiale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='924' target='580'>
<data key='type'>Participated To</data>
</edge>
<node id='925'>
<data key='nid'>925</data>
<data key='name'>Finanza alternativa e microcredito: strumenti innovativi di partecipazione e lotta alla povertà</data>
<data key='acronym'>Finanza alternativa e microcredito: strumenti innovativi di partecipazione e lotta alla povertà</data>
<data key='description'>Finanza alternativa e microcredito: strumenti innovativi di partecipazione e lotta alla povertà</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='925' target='30'>
<data key='type'>Participated To</data>
</edge>
<edge source='925' target='30'>
<data key='type'>Participated To</data>
</edge>
<node id='926'>
<data key='nid'>926</data>
<data key='name'>Finanza per lo sviluppo: Europa dopo Monterey e Johannesburg</data>
<data key='acronym'>Finanza per lo sviluppo: Europa dopo Monterey e Johannesburg</data>
<data key='description'>Finanza per lo sviluppo: Europa dopo Monterey e Johannesburg</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='926' target='335'>
<data key='type'>Participated To</data>
</edge>
<node id='927'>
<data key='nid'>927</data>
<data key='name'>GATTS</data>
<data key='acronym'>GATTS</data>
<data key='description'>GATTS</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='927' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='928'>
<data key='nid'>928</data>
<data key='name'>Giustizia e prigioni nel 21° secolo</data>
<data key='acronym'>Giustizia e prigioni nel 21° secolo</data>
<data key='description'>Giustizia e prigioni nel 21° secolo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='928' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='929'>
<data key='nid'>929</data>
<data key='name'>Identità delle donne nei Balcani + La condizione delle donne in Europa centrale</data>
<data key='acronym'>Identità delle donne nei Balcani + La condizione delle donne in Europa centrale</data>
<data key='description'>Identità delle donne nei Balcani + La condizione delle donne in Europa centrale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='929' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='930'>
<data key='nid'>930</data>
<data key='name'>Il corpo delle donne, attacco integralista all’autodeterminazione</data>
<data key='acronym'>Il corpo delle donne, attacco integralista all’autodeterminazione</data>
<data key='description'>Il corpo delle donne, attacco integralista all’autodeterminazione</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='930' target='44'>
<data key='type'>Participated To</data>
</edge>
<edge source='930' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='931'>
<data key='nid'>931</data>
<data key='name'>Il posto dell’Islam in Europa e Islamophobia</data>
<data key='acronym'>Il posto dell’Islam in Europa e Islamophobia</data>
<data key='description'>Il posto dell’Islam in Europa e Islamophobia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='931' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='932'>
<data key='nid'>932</data>
<data key='name'>Impatto dei megaprogetti di sfruttamento delle risorse naturali nei sud del mondo</data>
<data key='acronym'>Impatto dei megaprogetti di sfruttamento delle risorse naturali nei sud del mondo</data>
<data key='description'>Impatto dei megaprogetti di sfruttamento delle risorse naturali nei sud del mondo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='932' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='933'>
<data key='nid'>933</data>
<data key='name'>Infanzia negata: il mercato dei bambini e il loro diritto alla felicità</data>
<data key='acronym'>Infanzia negata: il mercato dei bambini e il loro diritto alla felicità</data>
<data key='description'>Infanzia negata: il mercato dei bambini e il loro diritto alla felicità</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='933' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='934'>
<data key='nid'>934</data>
<data key='name'>L’Istruzione e la formazione durante tutta la vita</data>
<data key='acronym'>L’Istruzione e la formazione durante tutta la vita</data>
<data key='description'>L’Istruzione e la formazione durante tutta la vita</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='934' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='935'>
<data key='nid'>935</data>
<data key='name'>L’Istruzione non è una merce</data>
<data key='acronym'>L’Istruzione non è una merce</data>
<data key='description'>L’Istruzione non è una merce</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='935' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='936'>
<data key='nid'>936</data>
<data key='name'>L’uso della categoria terrorismo per giustificare guerra e repressione del conflitto sociale</data>
<data key='acronym'>L’uso della categoria terrorismo per giustificare guerra e repressione del conflitto sociale</data>
<data key='description'>L’uso della categoria terrorismo per giustificare guerra e repressione del conflitto sociale</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='936' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='937'>
<data key='nid'>937</data>
<data key='name'>La comunicazione ai tempi della globalizzazione: strategie dal basso - ecologia dell’informazione</data>
<data key='acronym'>La comunicazione ai tempi della globalizzazione: strategie dal basso - ecologia dell’informazione</data>
<data key='description'>La comunicazione ai tempi della globalizzazione: strategie dal basso - ecologia dell’informazione</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='937' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='938'>
<data key='nid'>938</data>
<data key='name'>La lotta per i diritti dei giovani in Europa</data>
<data key='acronym'>La lotta per i diritti dei giovani in Europa</data>
<data key='description'>La lotta per i diritti dei giovani in Europa</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='938' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='939'>
<data key='nid'>939</data>
<data key='name'>La questione Cecenia</data>
<data key='acronym'>La questione Cecenia</data>
<data key='description'>La questione Cecenia</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='939' target='653'>
<data key='type'>Participated To</data>
</edge>
<node id='940'>
<data key='nid'>940</data>
<data key='name'>L'Europa che finanzia disastri (BEI)</data>
<data key='acronym'>L'Europa che finanzia disastri (BEI)</data>
<data key='description'>L'Europa che finanzia disastri (BEI)</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='940' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='941'>
<data key='nid'>941</data>
<data key='name'>Lotte sindacali e nuovi diritti</data>
<data key='acronym'>Lotte sindacali e nuovi diritti</data>
<data key='description'>Lotte sindacali e nuovi diritti</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='941' target='631'>
<data key='type'>Participated To</data>
</edge>
<edge source='941' target='631'>
<data key='type'>Participated To</data>
</edge>
<node id='942'>
<data key='nid'>942</data>
<data key='name'>Media e guerra: Il diritto all’informazione in tempo di conflitti</data>
<data key='acronym'>Media e guerra: Il diritto all’informazione in tempo di conflitti</data>
<data key='description'>Media e guerra: Il diritto all’informazione in tempo di conflitti</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='942' target='149'>
<data key='type'>Participated To</data>
</edge>
<node id='943'>
<data key='nid'>943</data>
<data key='name'>Movimenti anti guerra</data>
<data key='acronym'>Movimenti anti guerra</data>
<data key='description'>Movimenti anti guerra</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='943' target='187'>
<data key='type'>Participated To</data>
</edge>
<node id='944'>
<data key='nid'>944</data>
<data key='name'>Orientarsi nella complessità: nuove idee e nuovi indicatori di benessere e di impatto</data>
<data key='acronym'>Orientarsi nella complessità: nuove idee e nuovi indicatori di benessere e di impatto</data>
<data key='description'>Orientarsi nella complessità: nuove idee e nuovi indicatori di benessere e di impatto</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='944' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='945'>
<data key='nid'>945</data>
<data key='name'>Osservatorio America Latina: democrazia e sviluppo</data>
<data key='acronym'>Osservatorio America Latina: democrazia e sviluppo</data>
<data key='description'>Osservatorio America Latina: democrazia e sviluppo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='945' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='946'>
<data key='nid'>946</data>
<data key='name'>PAC: strategie alternative</data>
<data key='acronym'>PAC: strategie alternative</data>
<data key='description'>PAC: strategie alternative</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='946' target='113'>
<data key='type'>Participated To</data>
</edge>
<edge source='946' target='209'>
<data key='type'>Participated To</data>
</edge>
<edge source='946' target='209'>
<data key='type'>Participated To</data>
</edge>
<node id='947'>
<data key='nid'>947</data>
<data key='name'>Per un’Europa “disarmata e neutrale” contro la guerra</data>
<data key='acronym'>Per un’Europa “disarmata e neutrale” contro la guerra</data>
<data key='description'>Per un’Europa “disarmata e neutrale” contro la guerra</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='947' target='154'>
<data key='type'>Participated To</data>
</edge>
<edge source='947' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='948'>
<data key='nid'>948</data>
<data key='name'>Rete Europa dal basso 2 riunione</data>
<data key='acronym'>Rete Europa dal basso 2 riunione</data>
<data key='description'>Rete Europa dal basso 2 riunione</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='948' target='689'>
<data key='type'>Participated To</data>
</edge>
<node id='949'>
<data key='nid'>949</data>
<data key='name'>Risposte al WTO</data>
<data key='acronym'>Risposte al WTO</data>
<data key='description'>Risposte al WTO</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='949' target='209'>
<data key='type'>Participated To</data>
</edge>
<edge source='949' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='950'>
<data key='nid'>950</data>
<data key='name'>Riunione studenti, insegnanti, ricercatori, personale tecnico amministrativo</data>
<data key='acronym'>Riunione studenti, insegnanti, ricercatori, personale tecnico amministrativo</data>
<data key='description'>Riunione studenti, insegnanti, ricercatori, personale tecnico amministrativo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='950' target='513'>
<data key='type'>Participated To</data>
</edge>
<node id='951'>
<data key='nid'>951</data>
<data key='name'>Scienza e globalizzazione-manipolaz.genetica</data>
<data key='acronym'>Scienza e globalizzazione-manipolaz.genetica</data>
<data key='description'>Scienza e globalizzazione-manipolaz.genetica</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='951' target='154'>
<data key='type'>Participated To</data>
</edge>
<node id='952'>
<data key='nid'>952</data>
<data key='name'>Servizi pubblici e privatizzazioni</data>
<data key='acronym'>Servizi pubblici e privatizzazioni</data>
<data key='description'>Servizi pubblici e privatizzazioni</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='952' target='689'>
<data key='type'>Participated To</data>
</edge>
<node id='953'>
<data key='nid'>953</data>
<data key='name'>Servizi pubblici e privatizzazioni </data>
<data key='acronym'>Servizi pubblici e privatizzazioni </data>
<data key='description'>Servizi pubblici e privatizzazioni </data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='953' target='116'>
<data key='type'>Participated To</data>
</edge>
<node id='954'>
<data key='nid'>954</data>
<data key='name'>Trasporto, ambiente, sicurezza: contro la Mercificazione del territorio europeo</data>
<data key='acronym'>Trasporto, ambiente, sicurezza: contro la Mercificazione del territorio europeo</data>
<data key='description'>Trasporto, ambiente, sicurezza: contro la Mercificazione del territorio europeo</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='954' target='0'>
<data key='type'>Participated To</data>
</edge>
<node id='955'>
<data key='nid'>955</data>
<data key='name'>Un referendum per la costituzione federalista europea</data>
<data key='acronym'>Un referendum per la costituzione federalista europea</data>
<data key='description'>Un referendum per la costituzione federalista europea</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='955' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='956'>
<data key='nid'>956</data>
<data key='name'>Un’altra impresa è possibile</data>
<data key='acronym'>Un’altra impresa è possibile</data>
<data key='description'>Un’altra impresa è possibile</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='956' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='957'>
<data key='nid'>957</data>
<data key='name'>Verso un’economia post capitalistica</data>
<data key='acronym'>Verso un’economia post capitalistica</data>
<data key='description'>Verso un’economia post capitalistica</data>
<data key='location'>Firenze</data>
<data key='country'>Italy</data>
<data key='esf1'>Firenze</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='957' target='209'>
<data key='type'>Participated To</data>
</edge>
<edge source='957' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='958'>
<data key='nid'>958</data>
<data key='name'>Concentration des media — le passage du pouvoir des Gouvernements elues aux chefs non elus du Capital</data>
<data key='acronym'>Concentration des media — le passage du pouvoir des Gouvernements elues aux chefs non elus du Capital</data>
<data key='description'>Concentration des media — le passage du pouvoir des Gouvernements elues aux chefs non elus du Capital</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='958' target='188'>
<data key='type'>Participated To</data>
</edge>
<edge source='958' target='692'>
<data key='type'>Participated To</data>
</edge>
<node id='959'>
<data key='nid'>959</data>
<data key='name'>Defendre les Services de l’energie publique</data>
<data key='acronym'>Defendre les Services de l’energie publique</data>
<data key='description'>Defendre les Services de l’energie publique</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='959' target='21'>
<data key='type'>Participated To</data>
</edge>
<node id='960'>
<data key='nid'>960</data>
<data key='name'>L’éducation n’est pas à vendre: un service public, pas un business</data>
<data key='acronym'>L’éducation n’est pas à vendre: un service public, pas un business</data>
<data key='description'>L’éducation n’est pas à vendre: un service public, pas un business</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='960' target='132'>
<data key='type'>Participated To</data>
</edge>
<edge source='960' target='99'>
<data key='type'>Participated To</data>
</edge>
<edge source='960' target='188'>
<data key='type'>Participated To</data>
</edge>
<edge source='960' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='961'>
<data key='nid'>961</data>
<data key='name'>L’usage et la documentation de la mémoire des Forums</data>
<data key='acronym'>L’usage et la documentation de la mémoire des Forums</data>
<data key='description'>L’usage et la documentation de la mémoire des Forums</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='961' target='188'>
<data key='type'>Participated To</data>
</edge>
<edge source='961' target='217'>
<data key='type'>Participated To</data>
</edge>
<edge source='961' target='676'>
<data key='type'>Participated To</data>
</edge>
<edge source='961' target='729'>
<data key='type'>Participated To</data>
</edge>
<node id='962'>
<data key='nid'>962</data>
<data key='name'>La militarisartion de l’Union Europeeenne</data>
<data key='acronym'>La militarisartion de l’Union Europeeenne</data>
<data key='description'>La militarisartion de l’Union Europeeenne</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='962' target='580'>
<data key='type'>Participated To</data>
</edge>
<node id='963'>
<data key='nid'>963</data>
<data key='name'>Les Musulmains et la Gauche: Unis dans la Lutte pour la Justice</data>
<data key='acronym'>Les Musulmains et la Gauche: Unis dans la Lutte pour la Justice</data>
<data key='description'>Les Musulmains et la Gauche: Unis dans la Lutte pour la Justice</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='963' target='312'>
<data key='type'>Participated To</data>
</edge>
<edge source='963' target='535'>
<data key='type'>Participated To</data>
</edge>
<edge source='963' target='692'>
<data key='type'>Participated To</data>
</edge>
<node id='964'>
<data key='nid'>964</data>
<data key='name'>Les politiques de transport europeeennes sont-elles pour les peuples ou pour les compagnies petrolieres et le lobby automobile?</data>
<data key='acronym'>Les politiques de transport europeeennes sont-elles pour les peuples ou pour les compagnies petrolieres et le lobby automobile?</data>
<data key='description'>Les politiques de transport europeeennes sont-elles pour les peuples ou pour les compagnies petrolieres et le lobby automobile?</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='964' target='303'>
<data key='type'>Participated To</data>
</edge>
<node id='965'>
<data key='nid'>965</data>
<data key='name'>Mondialisation et tourisme</data>
<data key='acronym'>Mondialisation et tourisme</data>
<data key='description'>Mondialisation et tourisme</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='965' target='64'>
<data key='type'>Participated To</data>
</edge>
<edge source='965' target='138'>
<data key='type'>Participated To</data>
</edge>
<node id='966'>
<data key='nid'>966</data>
<data key='name'>Le déclin du capitalisme</data>
<data key='acronym'>Le déclin du capitalisme</data>
<data key='description'>Le déclin du capitalisme</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Workshop</data>
<data key='image'>images/Workshop.png</data>
</node><edge source='966' target='116'>
<data key='type'>Participated To</data>
</edge>
<edge source='966' target='732'>
<data key='type'>Participated To</data>
</edge>
<node id='967'>
<data key='nid'>967</data>
<data key='name'>Se réapproprier l’eau publique: au delà de l’Etat et des grandes sociétés</data>
<data key='acronym'>Se réapproprier l’eau publique: au delà de l’Etat et des grandes sociétés</data>
<data key='description'>Se réapproprier l’eau publique: au delà de l’Etat et des grandes sociétés</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Workshop</data>
<data key='image'>images/Workshop.png</data>
</node><edge source='967' target='138'>
<data key='type'>Participated To</data>
</edge>
<node id='968'>
<data key='nid'>968</data>
<data key='name'>T and G Membership Education in International Development</data>
<data key='acronym'>T and G Membership Education in International Development</data>
<data key='description'>T and G Membership Education in International Development</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Workshop</data>
<data key='image'>images/Workshop.png</data>
</node><edge source='968' target='653'>
<data key='type'>Participated To</data>
</edge>
<node id='969'>
<data key='nid'>969</data>
<data key='name'>Une autre monde est possible — en attendant, comment un monde sans durabilité ni équité ?</data>
<data key='acronym'>Une autre monde est possible — en attendant, comment un monde sans durabilité ni équité ?</data>
<data key='description'>Une autre monde est possible — en attendant, comment un monde sans durabilité ni équité ?</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Workshop</data>
<data key='image'>images/Workshop.png</data>
</node><edge source='969' target='57'>
<data key='type'>Participated To</data>
</edge>
<node id='970'>
<data key='nid'>970</data>
<data key='name'>Venezuela: Vers une économie humaine</data>
<data key='acronym'>Venezuela: Vers une économie humaine</data>
<data key='description'>Venezuela: Vers une économie humaine</data>
<data key='location'>London</data>
<data key='country'>England</data>
<data key='esf1'>London</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Workshop</data>
<data key='image'>images/Workshop.png</data>
</node><edge source='970' target='692'>
<data key='type'>Participated To</data>
</edge>
<node id='971'>
<data key='nid'>971</data>
<data key='name'>Contre la déréglementation des services publics, bilan des privatisations, loi de la concurrence, AGCS...</data>
<data key='acronym'>Contre la déréglementation des services publics, bilan des privatisations, loi de la concurrence, AGCS...</data>
<data key='description'>Contre la déréglementation des services publics, bilan des privatisations, loi de la concurrence, AGCS...</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='971' target='17'>
<data key='type'>Participated To</data>
</edge>
<node id='972'>
<data key='nid'>972</data>
<data key='name'>Contre les politiques de déréglementation et de privatisation en Europe, pour la défense des services publics de l¹information, de la culture et de l¹éducation</data>
<data key='acronym'>Contre les politiques de déréglementation et de privatisation en Europe, pour la défense des services publics de l¹information, de la culture et de l¹éducation</data>
<data key='description'>Contre les politiques de déréglementation et de privatisation en Europe, pour la défense des services publics de l¹information, de la culture et de l¹éducation</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='972' target='15'>
<data key='type'>Participated To</data>
</edge>
<edge source='972' target='223'>
<data key='type'>Participated To</data>
</edge>
<edge source='972' target='580'>
<data key='type'>Participated To</data>
</edge>
<node id='973'>
<data key='nid'>973</data>
<data key='name'>Créer et répartir les richesses autrement : les politiques monétaires budgétaires et fiscales favorables à l¹emploi, contre le dumping fiscal, briser la puissance des marchés financiers, sociétés transnationales, responsabilités sociales et environnementales</data>
<data key='acronym'>Créer et répartir les richesses autrement : les politiques monétaires budgétaires et fiscales favorables à l¹emploi, contre le dumping fiscal, briser la puissance des marchés financiers, sociétés transnationales, responsabilités sociales et environnementales</data>
<data key='description'>Créer et répartir les richesses autrement : les politiques monétaires budgétaires et fiscales favorables à l¹emploi, contre le dumping fiscal, briser la puissance des marchés financiers, sociétés transnationales, responsabilités sociales et environnementales</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='973' target='34'>
<data key='type'>Participated To</data>
</edge>
<edge source='973' target='679'>
<data key='type'>Participated To</data>
</edge>
<edge source='973' target='761'>
<data key='type'>Participated To</data>
</edge>
<node id='974'>
<data key='nid'>974</data>
<data key='name'>Dimension de l'Islam en Europe : enjeux et défis</data>
<data key='acronym'>Dimension de l'Islam en Europe : enjeux et défis</data>
<data key='description'>Dimension de l'Islam en Europe : enjeux et défis</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='974' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='975'>
<data key='nid'>975</data>
<data key='name'>Droit des peuples et pluralisme culturel : la question amazigue</data>
<data key='acronym'>Droit des peuples et pluralisme culturel : la question amazigue</data>
<data key='description'>Droit des peuples et pluralisme culturel : la question amazigue</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='975' target='580'>
<data key='type'>Participated To</data>
</edge>
<node id='976'>
<data key='nid'>976</data>
<data key='name'>Droit des peuples et pluralisme culturel : la question du Sahara occidental</data>
<data key='acronym'>Droit des peuples et pluralisme culturel : la question du Sahara occidental</data>
<data key='description'>Droit des peuples et pluralisme culturel : la question du Sahara occidental</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='976' target='679'>
<data key='type'>Participated To</data>
</edge>
<node id='977'>
<data key='nid'>977</data>
<data key='name'>Enjeux et défis de la construction d'une autre Europe</data>
<data key='acronym'>Enjeux et défis de la construction d'une autre Europe</data>
<data key='description'>Enjeux et défis de la construction d'une autre Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='977' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='978'>
<data key='nid'>978</data>
<data key='name'>Entre précarité et autonomie : quelle possibilité d'émancipation pour les jeunes dans une Europe solidaire</data>
<data key='acronym'>Entre précarité et autonomie : quelle possibilité d'émancipation pour les jeunes dans une Europe solidaire</data>
<data key='description'>Entre précarité et autonomie : quelle possibilité d'émancipation pour les jeunes dans une Europe solidaire</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='978' target='1'>
<data key='type'>Participated To</data>
</edge>
<node id='979'>
<data key='nid'>979</data>
<data key='name'>Irak : Mondialisation néolibérale, occupation et nouveau colonialisme : Pour soutenir la société civile irakienne dans la construction de la démocratie</data>
<data key='acronym'>Irak : Mondialisation néolibérale, occupation et nouveau colonialisme : Pour soutenir la société civile irakienne dans la construction de la démocratie</data>
<data key='description'>Irak : Mondialisation néolibérale, occupation et nouveau colonialisme : Pour soutenir la société civile irakienne dans la construction de la démocratie</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='979' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='980'>
<data key='nid'>980</data>
<data key='name'>La place de l'art, des pratiques artistiques et culturelles dans la transformation sociale et l'émancipation. Expériences d'autogestion et auto-production culturelle</data>
<data key='acronym'>La place de l'art, des pratiques artistiques et culturelles dans la transformation sociale et l'émancipation. Expériences d'autogestion et auto-production culturelle</data>
<data key='description'>La place de l'art, des pratiques artistiques et culturelles dans la transformation sociale et l'émancipation. Expériences d'autogestion et auto-production culturelle</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='980' target='138'>
<data key='type'>Participated To</data>
</edge>
<edge source='980' target='580'>
<data key='type'>Participated To</data>
</edge>
<node id='981'>
<data key='nid'>981</data>
<data key='name'>Le droit à l'éducation pour tous contre la marchandisation : système éducatif et éducation populaire, enjeu social et démocratique ou simple opportunité économique ? Pour un service public de l'éducation, de la petite enfance à l'université</data>
<data key='acronym'>Le droit à l'éducation pour tous contre la marchandisation : système éducatif et éducation populaire, enjeu social et démocratique ou simple opportunité économique ? Pour un service public de l'éducation, de la petite enfance à l'université</data>
<data key='description'>Le droit à l'éducation pour tous contre la marchandisation : système éducatif et éducation populaire, enjeu social et démocratique ou simple opportunité économique ? Pour un service public de l'éducation, de la petite enfance à l'université</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='981' target='745'>
<data key='type'>Participated To</data>
</edge>
<node id='982'>
<data key='nid'>982</data>
<data key='name'>Les mouvements sociaux et citoyens/partis politiques : L'Europe au défi de sa dimension sociale : service public et état social</data>
<data key='acronym'>Les mouvements sociaux et citoyens/partis politiques : L'Europe au défi de sa dimension sociale : service public et état social</data>
<data key='description'>Les mouvements sociaux et citoyens/partis politiques : L'Europe au défi de sa dimension sociale : service public et état social</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='982' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='983'>
<data key='nid'>983</data>
<data key='name'>Les mouvements sociaux et citoyens/partis politiques : Quelle démocratie en Europe et quelle responsabilité de l'Europe dans les institutions internationales ?</data>
<data key='acronym'>Les mouvements sociaux et citoyens/partis politiques : Quelle démocratie en Europe et quelle responsabilité de l'Europe dans les institutions internationales ?</data>
<data key='description'>Les mouvements sociaux et citoyens/partis politiques : Quelle démocratie en Europe et quelle responsabilité de l'Europe dans les institutions internationales ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='983' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='984'>
<data key='nid'>984</data>
<data key='name'>L'urbain et le local, terrain d'expansion du néolibéralisme et de résistances</data>
<data key='acronym'>L'urbain et le local, terrain d'expansion du néolibéralisme et de résistances</data>
<data key='description'>L'urbain et le local, terrain d'expansion du néolibéralisme et de résistances</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='984' target='222'>
<data key='type'>Participated To</data>
</edge>
<edge source='984' target='313'>
<data key='type'>Participated To</data>
</edge>
<node id='985'>
<data key='nid'>985</data>
<data key='name'>Mode de production et de consommation soutenable, écologie et préservation de l'écosystème, contre la marchandisation de l'environnement, place de l'économie sociale et solidaire, la question de la croissance, le commerce équitable</data>
<data key='acronym'>Mode de production et de consommation soutenable, écologie et préservation de l'écosystème, contre la marchandisation de l'environnement, place de l'économie sociale et solidaire, la question de la croissance, le commerce équitable</data>
<data key='description'>Mode de production et de consommation soutenable, écologie et préservation de l'écosystème, contre la marchandisation de l'environnement, place de l'économie sociale et solidaire, la question de la croissance, le commerce équitable</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='985' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='986'>
<data key='nid'>986</data>
<data key='name'>Pour des biens publics mondiaux : pillages des ressources et mondialisation libérale, rôle et l'OMC et des multinationales, maîtrise démocratique des biens communs, l'eau, la biodiversité, énergie, les moyens de financement</data>
<data key='acronym'>Pour des biens publics mondiaux : pillages des ressources et mondialisation libérale, rôle et l'OMC et des multinationales, maîtrise démocratique des biens communs, l'eau, la biodiversité, énergie, les moyens de financement</data>
<data key='description'>Pour des biens publics mondiaux : pillages des ressources et mondialisation libérale, rôle et l'OMC et des multinationales, maîtrise démocratique des biens communs, l'eau, la biodiversité, énergie, les moyens de financement</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='986' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='987'>
<data key='nid'>987</data>
<data key='name'>Protection sociale, santé, retraite, politiques familales. Modèle social européen</data>
<data key='acronym'>Protection sociale, santé, retraite, politiques familales. Modèle social européen</data>
<data key='description'>Protection sociale, santé, retraite, politiques familales. Modèle social européen</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='987' target='154'>
<data key='type'>Participated To</data>
</edge>
<node id='988'>
<data key='nid'>988</data>
<data key='name'>Relations Nord-Sud : dette, dette écologique, financement du développement, traite trans-atlantique, colonialisme, réparation</data>
<data key='acronym'>Relations Nord-Sud : dette, dette écologique, financement du développement, traite trans-atlantique, colonialisme, réparation</data>
<data key='description'>Relations Nord-Sud : dette, dette écologique, financement du développement, traite trans-atlantique, colonialisme, réparation</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='988' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='989'>
<data key='nid'>989</data>
<data key='name'>Travail, emploi, capitalisme actionnarial : quelles réponses ? Le mouvement syndical dans la construction du mouvement global.</data>
<data key='acronym'>Travail, emploi, capitalisme actionnarial : quelles réponses ? Le mouvement syndical dans la construction du mouvement global.</data>
<data key='description'>Travail, emploi, capitalisme actionnarial : quelles réponses ? Le mouvement syndical dans la construction du mouvement global.</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Plenary Session</data>
<data key='image'>images/Plenary-Session.png</data>
</node><edge source='989' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='990'>
<data key='nid'>990</data>
<data key='name'>A la recherche de la démocratie perdue</data>
<data key='acronym'>A la recherche de la démocratie perdue</data>
<data key='description'>A la recherche de la démocratie perdue</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='990' target='154'>
<data key='type'>Participated To</data>
</edge>
<node id='991'>
<data key='nid'>991</data>
<data key='name'>Analyse des offensives néolibérales contre les retraites</data>
<data key='acronym'>Analyse des offensives néolibérales contre les retraites</data>
<data key='description'>Analyse des offensives néolibérales contre les retraites</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='991' target='102'>
<data key='type'>Participated To</data>
</edge>
<node id='992'>
<data key='nid'>992</data>
<data key='name'>Anti-terrorisme et droits humains</data>
<data key='acronym'>Anti-terrorisme et droits humains</data>
<data key='description'>Anti-terrorisme et droits humains</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='992' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='992' target='566'>
<data key='type'>Participated To</data>
</edge>
<node id='993'>
<data key='nid'>993</data>
<data key='name'>Assemblée campagne contre la guerre</data>
<data key='acronym'>Assemblée campagne contre la guerre</data>
<data key='description'>Assemblée campagne contre la guerre</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='993' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='994'>
<data key='nid'>994</data>
<data key='name'>Assemblée des 'Sans voix'. Echanges d'expériences, convergences, luttes communes, campagnes à venir. Bilan du FSE 2003, FSM de Mumbaï</data>
<data key='acronym'>Assemblée des 'Sans voix'. Echanges d'expériences, convergences, luttes communes, campagnes à venir. Bilan du FSE 2003, FSM de Mumbaï</data>
<data key='description'>Assemblée des 'Sans voix'. Echanges d'expériences, convergences, luttes communes, campagnes à venir. Bilan du FSE 2003, FSM de Mumbaï</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='994' target='334'>
<data key='type'>Participated To</data>
</edge>
<edge source='994' target='732'>
<data key='type'>Participated To</data>
</edge>
<node id='995'>
<data key='nid'>995</data>
<data key='name'>Assemblée européenne des chômeurs, chômeuses et précaires en lutte</data>
<data key='acronym'>Assemblée européenne des chômeurs, chômeuses et précaires en lutte</data>
<data key='description'>Assemblée européenne des chômeurs, chômeuses et précaires en lutte</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='995' target='132'>
<data key='type'>Participated To</data>
</edge>
<edge source='995' target='101'>
<data key='type'>Participated To</data>
</edge>
<edge source='995' target='188'>
<data key='type'>Participated To</data>
</edge>
<edge source='995' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='996'>
<data key='nid'>996</data>
<data key='name'>Assemblée Générale des étudiants, élèves. Assemblée Générale des enseignants, personnels et parents d'élèves de l'éducation. AG de toute l'EDUCATION.</data>
<data key='acronym'>Assemblée Générale des étudiants, élèves. Assemblée Générale des enseignants, personnels et parents d'élèves de l'éducation. AG de toute l'EDUCATION.</data>
<data key='description'>Assemblée Générale des étudiants, élèves. Assemblée Générale des enseignants, personnels et parents d'élèves de l'éducation. AG de toute l'EDUCATION.</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='996' target='101'>
<data key='type'>Participated To</data>
</edge>
<node id='997'>
<data key='nid'>997</data>
<data key='name'>Au coeur de l'Europe : le défi des Balkans. Bilan et perspectives après la guerre, guerres 'ethniques', guerres 'humanitaires', mondialisation et 'balcanisation'</data>
<data key='acronym'>Au coeur de l'Europe : le défi des Balkans. Bilan et perspectives après la guerre, guerres 'ethniques', guerres 'humanitaires', mondialisation et 'balcanisation'</data>
<data key='description'>Au coeur de l'Europe : le défi des Balkans. Bilan et perspectives après la guerre, guerres 'ethniques', guerres 'humanitaires', mondialisation et 'balcanisation'</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='997' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='998'>
<data key='nid'>998</data>
<data key='name'>Audit citoyen de la dette odieuse</data>
<data key='acronym'>Audit citoyen de la dette odieuse</data>
<data key='description'>Audit citoyen de la dette odieuse</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='998' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='999'>
<data key='nid'>999</data>
<data key='name'>Banque Européenne d'Investissement: les mains invisibles formant l'Europe</data>
<data key='acronym'>Banque Européenne d'Investissement: les mains invisibles formant l'Europe</data>
<data key='description'>Banque Européenne d'Investissement: les mains invisibles formant l'Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='999' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='999' target='566'>
<data key='type'>Participated To</data>
</edge>
<node id='1000'>
<data key='nid'>1000</data>
<data key='name'>Campagne votation citoyenne : échanges et expériences sur citoyenneté et droits de vote en Europe</data>
<data key='acronym'>Campagne votation citoyenne : échanges et expériences sur citoyenneté et droits de vote en Europe</data>
<data key='description'>Campagne votation citoyenne : échanges et expériences sur citoyenneté et droits de vote en Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1000' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='1001'>
<data key='nid'>1001</data>
<data key='name'>Campagnes et mouvements de solidarité avec la Palestine en Europe : rôle, significations et difficultés (Palestine et altermondialisme, Palestine et populations issues de l'immigration, Palestine et mouvement social, antisionisme et antisémitisme</data>
<data key='acronym'>Campagnes et mouvements de solidarité avec la Palestine en Europe : rôle, significations et difficultés (Palestine et altermondialisme, Palestine et populations issues de l'immigration, Palestine et mouvement social, antisionisme et antisémitisme</data>
<data key='description'>Campagnes et mouvements de solidarité avec la Palestine en Europe : rôle, significations et difficultés (Palestine et altermondialisme, Palestine et populations issues de l'immigration, Palestine et mouvement social, antisionisme et antisémitisme</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1001' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1002'>
<data key='nid'>1002</data>
<data key='name'>Caravane des droits : pour la justice et la paix. Un moyen orient sans guerre et sans oppression est possible!</data>
<data key='acronym'>Caravane des droits : pour la justice et la paix. Un moyen orient sans guerre et sans oppression est possible!</data>
<data key='description'>Caravane des droits : pour la justice et la paix. Un moyen orient sans guerre et sans oppression est possible!</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1002' target='138'>
<data key='type'>Participated To</data>
</edge>
<node id='1003'>
<data key='nid'>1003</data>
<data key='name'>Centre d'appels : nouvelle organisation du travail, nouvelles conditions de travail, nouveau métier ou extension de métiers déjà existants? Comment agir face au développement de la sous-traitance d'activité et aux délocalisations</data>
<data key='acronym'>Centre d'appels : nouvelle organisation du travail, nouvelles conditions de travail, nouveau métier ou extension de métiers déjà existants? Comment agir face au développement de la sous-traitance d'activité et aux délocalisations</data>
<data key='description'>Centre d'appels : nouvelle organisation du travail, nouvelles conditions de travail, nouveau métier ou extension de métiers déjà existants? Comment agir face au développement de la sous-traitance d'activité et aux délocalisations</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1003' target='25'>
<data key='type'>Participated To</data>
</edge>
<edge source='1003' target='667'>
<data key='type'>Participated To</data>
</edge>
<node id='1004'>
<data key='nid'>1004</data>
<data key='name'>Changement du climat et manque de réponse politique</data>
<data key='acronym'>Changement du climat et manque de réponse politique</data>
<data key='description'>Changement du climat et manque de réponse politique</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1004' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='1005'>
<data key='nid'>1005</data>
<data key='name'>Chimie : à la poursuite de la sécurité sanitaire et environnementale</data>
<data key='acronym'>Chimie : à la poursuite de la sécurité sanitaire et environnementale</data>
<data key='description'>Chimie : à la poursuite de la sécurité sanitaire et environnementale</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1005' target='1'>
<data key='type'>Participated To</data>
</edge>
<edge source='1005' target='185'>
<data key='type'>Participated To</data>
</edge>
<edge source='1005' target='314'>
<data key='type'>Participated To</data>
</edge>
<node id='1006'>
<data key='nid'>1006</data>
<data key='name'>Comment gagner les majorités aux idées du mouvement altermondialiste ? Face à la crise actuelle de la représentation des couches populaires, le mouvement altermondialiste peut-il devenir la grande force d'émancipation sociale du 21ème siècle, susceptible </data>
<data key='acronym'>Comment gagner les majorités aux idées du mouvement altermondialiste ? Face à la crise actuelle de la représentation des couches populaires, le mouvement altermondialiste peut-il devenir la grande force d'émancipation sociale du 21ème siècle, susceptible </data>
<data key='description'>Comment gagner les majorités aux idées du mouvement altermondialiste ? Face à la crise actuelle de la représentation des couches populaires, le mouvement altermondialiste peut-il devenir la grande force d'émancipation sociale du 21ème siècle, susceptible </data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1006' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='1007'>
<data key='nid'>1007</data>
<data key='name'>Conflits en Afrique et responsabilités de l'Europe</data>
<data key='acronym'>Conflits en Afrique et responsabilités de l'Europe</data>
<data key='description'>Conflits en Afrique et responsabilités de l'Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1007' target='196'>
<data key='type'>Participated To</data>
</edge>
<node id='1008'>
<data key='nid'>1008</data>
<data key='name'>Consultation sociale en Europe, une expérience de démocratie réelle</data>
<data key='acronym'>Consultation sociale en Europe, une expérience de démocratie réelle</data>
<data key='description'>Consultation sociale en Europe, une expérience de démocratie réelle</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1008' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1009'>
<data key='nid'>1009</data>
<data key='name'>Des modes de vie et, de travail alternatifs et solidaires pour un autre partage des richesses</data>
<data key='acronym'>Des modes de vie et, de travail alternatifs et solidaires pour un autre partage des richesses</data>
<data key='description'>Des modes de vie et, de travail alternatifs et solidaires pour un autre partage des richesses</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1009' target='36'>
<data key='type'>Participated To</data>
</edge>
<node id='1010'>
<data key='nid'>1010</data>
<data key='name'>Diversité culturelle, égalité et pluralisme : pour une Europe sans discrimination</data>
<data key='acronym'>Diversité culturelle, égalité et pluralisme : pour une Europe sans discrimination</data>
<data key='description'>Diversité culturelle, égalité et pluralisme : pour une Europe sans discrimination</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1010' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1011'>
<data key='nid'>1011</data>
<data key='name'>Doit-on laisser la résolution de la dette aux mains des créanciers ? Comment modifier l'économie politique de la dette internationale ?</data>
<data key='acronym'>Doit-on laisser la résolution de la dette aux mains des créanciers ? Comment modifier l'économie politique de la dette internationale ?</data>
<data key='description'>Doit-on laisser la résolution de la dette aux mains des créanciers ? Comment modifier l'économie politique de la dette internationale ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1011' target='223'>
<data key='type'>Participated To</data>
</edge>
<edge source='1011' target='94'>
<data key='type'>Participated To</data>
</edge>
<edge source='1011' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='1012'>
<data key='nid'>1012</data>
<data key='name'>D'où vient l'anti-capitalisme ? Paris-Moscou : 1871, 1917, 1968, 2003 ?</data>
<data key='acronym'>D'où vient l'anti-capitalisme ? Paris-Moscou : 1871, 1917, 1968, 2003 ?</data>
<data key='description'>D'où vient l'anti-capitalisme ? Paris-Moscou : 1871, 1917, 1968, 2003 ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1012' target='123'>
<data key='type'>Participated To</data>
</edge>
<node id='1013'>
<data key='nid'>1013</data>
<data key='name'>Droits des salariés, comment peut-on utiliser les Comités d'entreprises européens pour la construction d'une Europe sociale?</data>
<data key='acronym'>Droits des salariés, comment peut-on utiliser les Comités d'entreprises européens pour la construction d'une Europe sociale?</data>
<data key='description'>Droits des salariés, comment peut-on utiliser les Comités d'entreprises européens pour la construction d'une Europe sociale?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1013' target='780'>
<data key='type'>Participated To</data>
</edge>
<edge source='1013' target='210'>
<data key='type'>Participated To</data>
</edge>
<edge source='1013' target='216'>
<data key='type'>Participated To</data>
</edge>
<edge source='1013' target='689'>
<data key='type'>Participated To</data>
</edge>
<node id='1014'>
<data key='nid'>1014</data>
<data key='name'>Droits sexuels et reproductifs : refuser le nivellement par le bas</data>
<data key='acronym'>Droits sexuels et reproductifs : refuser le nivellement par le bas</data>
<data key='description'>Droits sexuels et reproductifs : refuser le nivellement par le bas</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1014' target='154'>
<data key='type'>Participated To</data>
</edge>
<edge source='1014' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='1015'>
<data key='nid'>1015</data>
<data key='name'>Du local au global, quelle gouvernance démocratique contre la marchandisation de l'environnement ? De l'exemple de la Russie poubelle de l'Europe au projet d'organisation mondiale de l'environnement</data>
<data key='acronym'>Du local au global, quelle gouvernance démocratique contre la marchandisation de l'environnement ? De l'exemple de la Russie poubelle de l'Europe au projet d'organisation mondiale de l'environnement</data>
<data key='description'>Du local au global, quelle gouvernance démocratique contre la marchandisation de l'environnement ? De l'exemple de la Russie poubelle de l'Europe au projet d'organisation mondiale de l'environnement</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1015' target='198'>
<data key='type'>Participated To</data>
</edge>
<edge source='1015' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='1015' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1016'>
<data key='nid'>1016</data>
<data key='name'>Economie sociale et solidaire et alternatives politiques: un dialogue encore à construire entre mouvements sociaux et organisations d'économie sociale et solidaire</data>
<data key='acronym'>Economie sociale et solidaire et alternatives politiques: un dialogue encore à construire entre mouvements sociaux et organisations d'économie sociale et solidaire</data>
<data key='description'>Economie sociale et solidaire et alternatives politiques: un dialogue encore à construire entre mouvements sociaux et organisations d'économie sociale et solidaire</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1016' target='47'>
<data key='type'>Participated To</data>
</edge>
<node id='1017'>
<data key='nid'>1017</data>
<data key='name'>Education et société : violence et jeunesse. Contre la contagion sécuritaire. Osons vraiment l'éducatif !</data>
<data key='acronym'>Education et société : violence et jeunesse. Contre la contagion sécuritaire. Osons vraiment l'éducatif !</data>
<data key='description'>Education et société : violence et jeunesse. Contre la contagion sécuritaire. Osons vraiment l'éducatif !</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1017' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='1018'>
<data key='nid'>1018</data>
<data key='name'>Emergence des droits des homosexuels, à l'Est comme à l'Ouest</data>
<data key='acronym'>Emergence des droits des homosexuels, à l'Est comme à l'Ouest</data>
<data key='description'>Emergence des droits des homosexuels, à l'Est comme à l'Ouest</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1018' target='198'>
<data key='type'>Participated To</data>
</edge>
<node id='1019'>
<data key='nid'>1019</data>
<data key='name'>Energie, bien commun de l'humanité : environnement et énergies renouvelables, réduction des inégalités pour tous, dans le cadre d'une politique euroméditerranéenne</data>
<data key='acronym'>Energie, bien commun de l'humanité : environnement et énergies renouvelables, réduction des inégalités pour tous, dans le cadre d'une politique euroméditerranéenne</data>
<data key='description'>Energie, bien commun de l'humanité : environnement et énergies renouvelables, réduction des inégalités pour tous, dans le cadre d'une politique euroméditerranéenne</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1019' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='1020'>
<data key='nid'>1020</data>
<data key='name'>Expérimentation sur les animaux : fraude scientifique, menace mortelle pour l'homme, danger pour l'environnement</data>
<data key='acronym'>Expérimentation sur les animaux : fraude scientifique, menace mortelle pour l'homme, danger pour l'environnement</data>
<data key='description'>Expérimentation sur les animaux : fraude scientifique, menace mortelle pour l'homme, danger pour l'environnement</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1020' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='1021'>
<data key='nid'>1021</data>
<data key='name'>Face à la montée des populismes et de l'extrême droite en Europe, quelle coopération entre journaux européens ?</data>
<data key='acronym'>Face à la montée des populismes et de l'extrême droite en Europe, quelle coopération entre journaux européens ?</data>
<data key='description'>Face à la montée des populismes et de l'extrême droite en Europe, quelle coopération entre journaux européens ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1021' target='619'>
<data key='type'>Participated To</data>
</edge>
<node id='1022'>
<data key='nid'>1022</data>
<data key='name'>Femmes des quartiers populaires, femmes issues de l'immigration, femmes musulmanes</data>
<data key='acronym'>Femmes des quartiers populaires, femmes issues de l'immigration, femmes musulmanes</data>
<data key='description'>Femmes des quartiers populaires, femmes issues de l'immigration, femmes musulmanes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1022' target='101'>
<data key='type'>Participated To</data>
</edge>
<node id='1023'>
<data key='nid'>1023</data>
<data key='name'>Fin de l'occupation en Irak : le mouvement anti-guerre et la résistance au Moyen-Orient</data>
<data key='acronym'>Fin de l'occupation en Irak : le mouvement anti-guerre et la résistance au Moyen-Orient</data>
<data key='description'>Fin de l'occupation en Irak : le mouvement anti-guerre et la résistance au Moyen-Orient</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1023' target='88'>
<data key='type'>Participated To</data>
</edge>
<edge source='1023' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='1024'>
<data key='nid'>1024</data>
<data key='name'>Jeunes : acteurs de la paix et luttes contre la guerre</data>
<data key='acronym'>Jeunes : acteurs de la paix et luttes contre la guerre</data>
<data key='description'>Jeunes : acteurs de la paix et luttes contre la guerre</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1024' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='1025'>
<data key='nid'>1025</data>
<data key='name'>Jeunes des quartiers populaires : quelle participation politique ?</data>
<data key='acronym'>Jeunes des quartiers populaires : quelle participation politique ?</data>
<data key='description'>Jeunes des quartiers populaires : quelle participation politique ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1025' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='1026'>
<data key='nid'>1026</data>
<data key='name'>La défense du droit à la santé contre la marchandisation</data>
<data key='acronym'>La défense du droit à la santé contre la marchandisation</data>
<data key='description'>La défense du droit à la santé contre la marchandisation</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1026' target='698'>
<data key='type'>Participated To</data>
</edge>
<node id='1027'>
<data key='nid'>1027</data>
<data key='name'>La lutte pour la paix et pour la justice dans les sociétés civiles israéliennes et palestiniennes</data>
<data key='acronym'>La lutte pour la paix et pour la justice dans les sociétés civiles israéliennes et palestiniennes</data>
<data key='description'>La lutte pour la paix et pour la justice dans les sociétés civiles israéliennes et palestiniennes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1027' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='1028'>
<data key='nid'>1028</data>
<data key='name'>La mondialisation néo-libérale altère aussi la santé mentale</data>
<data key='acronym'>La mondialisation néo-libérale altère aussi la santé mentale</data>
<data key='description'>La mondialisation néo-libérale altère aussi la santé mentale</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1028' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='1029'>
<data key='nid'>1029</data>
<data key='name'>La politique européenne de chômage et de précarité (emploi, enseignement, existence)</data>
<data key='acronym'>La politique européenne de chômage et de précarité (emploi, enseignement, existence)</data>
<data key='description'>La politique européenne de chômage et de précarité (emploi, enseignement, existence)</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1029' target='393'>
<data key='type'>Participated To</data>
</edge>
<node id='1030'>
<data key='nid'>1030</data>
<data key='name'>La politique européenne en matière d'immigration : quelles conséquences pour les pays tiers ? Les acteurs du Sud témoignent</data>
<data key='acronym'>La politique européenne en matière d'immigration : quelles conséquences pour les pays tiers ? Les acteurs du Sud témoignent</data>
<data key='description'>La politique européenne en matière d'immigration : quelles conséquences pour les pays tiers ? Les acteurs du Sud témoignent</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1030' target='101'>
<data key='type'>Participated To</data>
</edge>
<node id='1031'>
<data key='nid'>1031</data>
<data key='name'>La Politique: bien commun ?</data>
<data key='acronym'>La Politique: bien commun ?</data>
<data key='description'>La Politique: bien commun ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1031' target='181'>
<data key='type'>Participated To</data>
</edge>
<node id='1032'>
<data key='nid'>1032</data>
<data key='name'>La vie après le capitalisme</data>
<data key='acronym'>La vie après le capitalisme</data>
<data key='description'>La vie après le capitalisme</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1032' target='0'>
<data key='type'>Participated To</data>
</edge>
<node id='1033'>
<data key='nid'>1033</data>
<data key='name'>Laïcité et citoyenneté en Europe</data>
<data key='acronym'>Laïcité et citoyenneté en Europe</data>
<data key='description'>Laïcité et citoyenneté en Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1033' target='206'>
<data key='type'>Participated To</data>
</edge>
<node id='1034'>
<data key='nid'>1034</data>
<data key='name'>L'aide humanitaire et la coopération au développement dans le contexte de la nouvelle lutte globale contre le terrorisme</data>
<data key='acronym'>L'aide humanitaire et la coopération au développement dans le contexte de la nouvelle lutte globale contre le terrorisme</data>
<data key='description'>L'aide humanitaire et la coopération au développement dans le contexte de la nouvelle lutte globale contre le terrorisme</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1034' target='681'>
<data key='type'>Participated To</data>
</edge>
<edge source='1034' target='698'>
<data key='type'>Participated To</data>
</edge>
<node id='1035'>
<data key='nid'>1035</data>
<data key='name'>Le commerce équitable, du local au global</data>
<data key='acronym'>Le commerce équitable, du local au global</data>
<data key='description'>Le commerce équitable, du local au global</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1035' target='123'>
<data key='type'>Participated To</data>
</edge>
<node id='1036'>
<data key='nid'>1036</data>
<data key='name'>Le médicament : un bien public mondial à conquérir</data>
<data key='acronym'>Le médicament : un bien public mondial à conquérir</data>
<data key='description'>Le médicament : un bien public mondial à conquérir</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1036' target='116'>
<data key='type'>Participated To</data>
</edge>
<edge source='1036' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='1037'>
<data key='nid'>1037</data>
<data key='name'>L'éducation populaire comme outil de transformation sociale</data>
<data key='acronym'>L'éducation populaire comme outil de transformation sociale</data>
<data key='description'>L'éducation populaire comme outil de transformation sociale</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1037' target='653'>
<data key='type'>Participated To</data>
</edge>
<node id='1038'>
<data key='nid'>1038</data>
<data key='name'>L'enfant handicapé ou différent en Europe : quels droits scolaires et sociaux ?</data>
<data key='acronym'>L'enfant handicapé ou différent en Europe : quels droits scolaires et sociaux ?</data>
<data key='description'>L'enfant handicapé ou différent en Europe : quels droits scolaires et sociaux ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1038' target='206'>
<data key='type'>Participated To</data>
</edge>
<edge source='1038' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='1039'>
<data key='nid'>1039</data>
<data key='name'>Les citoyens face aux multinationales des déchets</data>
<data key='acronym'>Les citoyens face aux multinationales des déchets</data>
<data key='description'>Les citoyens face aux multinationales des déchets</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1039' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='1040'>
<data key='nid'>1040</data>
<data key='name'>Les droits de l'homme, un préalable obligatoire à l'adhésion de la Turquie à l'Union Européenne ?</data>
<data key='acronym'>Les droits de l'homme, un préalable obligatoire à l'adhésion de la Turquie à l'Union Européenne ?</data>
<data key='description'>Les droits de l'homme, un préalable obligatoire à l'adhésion de la Turquie à l'Union Européenne ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1040' target='147'>
<data key='type'>Participated To</data>
</edge>
<node id='1041'>
<data key='nid'>1041</data>
<data key='name'>Les droits économiques, sociaux et culturels doivent être exigibles et justiciables</data>
<data key='acronym'>Les droits économiques, sociaux et culturels doivent être exigibles et justiciables</data>
<data key='description'>Les droits économiques, sociaux et culturels doivent être exigibles et justiciables</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1041' target='22'>
<data key='type'>Participated To</data>
</edge>
<node id='1042'>
<data key='nid'>1042</data>
<data key='name'>Les menaces nucléaires en Europe, anciennes et nouvelles</data>
<data key='acronym'>Les menaces nucléaires en Europe, anciennes et nouvelles</data>
<data key='description'>Les menaces nucléaires en Europe, anciennes et nouvelles</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1042' target='17'>
<data key='type'>Participated To</data>
</edge>
<node id='1043'>
<data key='nid'>1043</data>
<data key='name'>L'état d'(in)sécurité: la gestion judiciaire et policière des quartiers et des populations</data>
<data key='acronym'>L'état d'(in)sécurité: la gestion judiciaire et policière des quartiers et des populations</data>
<data key='description'>L'état d'(in)sécurité: la gestion judiciaire et policière des quartiers et des populations</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1043' target='101'>
<data key='type'>Participated To</data>
</edge>
<edge source='1043' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='1044'>
<data key='nid'>1044</data>
<data key='name'>L'Europe et ses camps</data>
<data key='acronym'>L'Europe et ses camps</data>
<data key='description'>L'Europe et ses camps</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1044' target='15'>
<data key='type'>Participated To</data>
</edge>
<node id='1045'>
<data key='nid'>1045</data>
<data key='name'>L'Europe existe mais la mafia aussi: yeux ouverts pour construire la justice</data>
<data key='acronym'>L'Europe existe mais la mafia aussi: yeux ouverts pour construire la justice</data>
<data key='description'>L'Europe existe mais la mafia aussi: yeux ouverts pour construire la justice</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1045' target='181'>
<data key='type'>Participated To</data>
</edge>
<node id='1046'>
<data key='nid'>1046</data>
<data key='name'>L'Union Européenne, acteur politique solidaire des réalités et défis de l'Amérique latine et des Caraïbes : l'apport de l'Union Européenne dans la construction de la paix et la démocratie en Amérique centrale et dans la région andine</data>
<data key='acronym'>L'Union Européenne, acteur politique solidaire des réalités et défis de l'Amérique latine et des Caraïbes : l'apport de l'Union Européenne dans la construction de la paix et la démocratie en Amérique centrale et dans la région andine</data>
<data key='description'>L'Union Européenne, acteur politique solidaire des réalités et défis de l'Amérique latine et des Caraïbes : l'apport de l'Union Européenne dans la construction de la paix et la démocratie en Amérique centrale et dans la région andine</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1046' target='99'>
<data key='type'>Participated To</data>
</edge>
<node id='1047'>
<data key='nid'>1047</data>
<data key='name'>Lutter contre les discriminations en Europe : le rôle des réseaux associatifs. Prendre en compte les insuffisances des droits nationaux et communautaires et les rendre effectifs</data>
<data key='acronym'>Lutter contre les discriminations en Europe : le rôle des réseaux associatifs. Prendre en compte les insuffisances des droits nationaux et communautaires et les rendre effectifs</data>
<data key='description'>Lutter contre les discriminations en Europe : le rôle des réseaux associatifs. Prendre en compte les insuffisances des droits nationaux et communautaires et les rendre effectifs</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1047' target='500'>
<data key='type'>Participated To</data>
</edge>
<edge source='1047' target='500'>
<data key='type'>Participated To</data>
</edge>
<edge source='1047' target='500'>
<data key='type'>Participated To</data>
</edge>
<node id='1048'>
<data key='nid'>1048</data>
<data key='name'>Luttes et acteurs issus de l'immigration et mouvement social à l'ère de la globalité</data>
<data key='acronym'>Luttes et acteurs issus de l'immigration et mouvement social à l'ère de la globalité</data>
<data key='description'>Luttes et acteurs issus de l'immigration et mouvement social à l'ère de la globalité</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1048' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1049'>
<data key='nid'>1049</data>
<data key='name'>Mémoires des luttes de l'immigration, actualité et avenir du mouvement, 1973 fondation du Mouvement des Travailleurs arabes; 1993 Marche pour l'égalité...</data>
<data key='acronym'>Mémoires des luttes de l'immigration, actualité et avenir du mouvement, 1973 fondation du Mouvement des Travailleurs arabes; 1993 Marche pour l'égalité...</data>
<data key='description'>Mémoires des luttes de l'immigration, actualité et avenir du mouvement, 1973 fondation du Mouvement des Travailleurs arabes; 1993 Marche pour l'égalité...</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1049' target='102'>
<data key='type'>Participated To</data>
</edge>
<edge source='1049' target='653'>
<data key='type'>Participated To</data>
</edge>
<edge source='1049' target='745'>
<data key='type'>Participated To</data>
</edge>
<node id='1050'>
<data key='nid'>1050</data>
<data key='name'>Mise en place d'une allocation d'autonomie pour les jeunes : expériences européennes et propositions concrètes</data>
<data key='acronym'>Mise en place d'une allocation d'autonomie pour les jeunes : expériences européennes et propositions concrètes</data>
<data key='description'>Mise en place d'une allocation d'autonomie pour les jeunes : expériences européennes et propositions concrètes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1050' target='181'>
<data key='type'>Participated To</data>
</edge>
<node id='1051'>
<data key='nid'>1051</data>
<data key='name'>Monde maritime : des bateaux et des hommes - droits et sécurité</data>
<data key='acronym'>Monde maritime : des bateaux et des hommes - droits et sécurité</data>
<data key='description'>Monde maritime : des bateaux et des hommes - droits et sécurité</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1051' target='169'>
<data key='type'>Participated To</data>
</edge>
<edge source='1051' target='206'>
<data key='type'>Participated To</data>
</edge>
<node id='1052'>
<data key='nid'>1052</data>
<data key='name'>Mondialisation et genre : biens collectifs et la privatisation des services sociaux</data>
<data key='acronym'>Mondialisation et genre : biens collectifs et la privatisation des services sociaux</data>
<data key='description'>Mondialisation et genre : biens collectifs et la privatisation des services sociaux</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1052' target='45'>
<data key='type'>Participated To</data>
</edge>
<edge source='1052' target='47'>
<data key='type'>Participated To</data>
</edge>
<edge source='1052' target='156'>
<data key='type'>Participated To</data>
</edge>
<node id='1053'>
<data key='nid'>1053</data>
<data key='name'>Mondialisation et guerre : analyses et perspectives de mobilisation communes</data>
<data key='acronym'>Mondialisation et guerre : analyses et perspectives de mobilisation communes</data>
<data key='description'>Mondialisation et guerre : analyses et perspectives de mobilisation communes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1053' target='745'>
<data key='type'>Participated To</data>
</edge>
<node id='1054'>
<data key='nid'>1054</data>
<data key='name'>Normalisation de l'occupation</data>
<data key='acronym'>Normalisation de l'occupation</data>
<data key='description'>Normalisation de l'occupation</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1054' target='305'>
<data key='type'>Participated To</data>
</edge>
<node id='1055'>
<data key='nid'>1055</data>
<data key='name'>OGM, brevets, monopoles sur les semences : résistances et propositions d'alternatives en Europe</data>
<data key='acronym'>OGM, brevets, monopoles sur les semences : résistances et propositions d'alternatives en Europe</data>
<data key='description'>OGM, brevets, monopoles sur les semences : résistances et propositions d'alternatives en Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1055' target='17'>
<data key='type'>Participated To</data>
</edge>
<node id='1056'>
<data key='nid'>1056</data>
<data key='name'>Paysans d'Europe et du Sud face à la marchandisation de l'agriculture</data>
<data key='acronym'>Paysans d'Europe et du Sud face à la marchandisation de l'agriculture</data>
<data key='description'>Paysans d'Europe et du Sud face à la marchandisation de l'agriculture</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1056' target='25'>
<data key='type'>Participated To</data>
</edge>
<edge source='1056' target='25'>
<data key='type'>Participated To</data>
</edge>
<node id='1057'>
<data key='nid'>1057</data>
<data key='name'>Peine de mort : un châtiment appliqué aux exclus. Pour une stratégie en faveur de l'abolition universelle</data>
<data key='acronym'>Peine de mort : un châtiment appliqué aux exclus. Pour une stratégie en faveur de l'abolition universelle</data>
<data key='description'>Peine de mort : un châtiment appliqué aux exclus. Pour une stratégie en faveur de l'abolition universelle</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1057' target='14'>
<data key='type'>Participated To</data>
</edge>
<node id='1058'>
<data key='nid'>1058</data>
<data key='name'>Pesticides : changer les modes de production agricole</data>
<data key='acronym'>Pesticides : changer les modes de production agricole</data>
<data key='description'>Pesticides : changer les modes de production agricole</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1058' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='1059'>
<data key='nid'>1059</data>
<data key='name'>Politiques publiques et luttes des associations contre les violences conjugales et les mariages forcés en Europe</data>
<data key='acronym'>Politiques publiques et luttes des associations contre les violences conjugales et les mariages forcés en Europe</data>
<data key='description'>Politiques publiques et luttes des associations contre les violences conjugales et les mariages forcés en Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1059' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='1060'>
<data key='nid'>1060</data>
<data key='name'>Pour un non de la gauche à la constitution européenne. Pour une Europe sociale et démocratique des travailleur-euse-s et des peuples</data>
<data key='acronym'>Pour un non de la gauche à la constitution européenne. Pour une Europe sociale et démocratique des travailleur-euse-s et des peuples</data>
<data key='description'>Pour un non de la gauche à la constitution européenne. Pour une Europe sociale et démocratique des travailleur-euse-s et des peuples</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1060' target='45'>
<data key='type'>Participated To</data>
</edge>
<edge source='1060' target='99'>
<data key='type'>Participated To</data>
</edge>
<edge source='1060' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='1060' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1061'>
<data key='nid'>1061</data>
<data key='name'>Pour une agriculture durable et solidaire en Europe, changeons de politique agricole commune</data>
<data key='acronym'>Pour une agriculture durable et solidaire en Europe, changeons de politique agricole commune</data>
<data key='description'>Pour une agriculture durable et solidaire en Europe, changeons de politique agricole commune</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1061' target='101'>
<data key='type'>Participated To</data>
</edge>
<node id='1062'>
<data key='nid'>1062</data>
<data key='name'>Pour une Europe sans esclavage. D'Est en Ouest, un nouveau combat contre le trafic et la marchandisation des ëtres humains</data>
<data key='acronym'>Pour une Europe sans esclavage. D'Est en Ouest, un nouveau combat contre le trafic et la marchandisation des ëtres humains</data>
<data key='description'>Pour une Europe sans esclavage. D'Est en Ouest, un nouveau combat contre le trafic et la marchandisation des ëtres humains</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1062' target='198'>
<data key='type'>Participated To</data>
</edge>
<edge source='1062' target='94'>
<data key='type'>Participated To</data>
</edge>
<node id='1063'>
<data key='nid'>1063</data>
<data key='name'>Privatisation des terres dans le Sud mondialisé : le rôle des politiques de développement européennes</data>
<data key='acronym'>Privatisation des terres dans le Sud mondialisé : le rôle des politiques de développement européennes</data>
<data key='description'>Privatisation des terres dans le Sud mondialisé : le rôle des politiques de développement européennes</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1063' target='223'>
<data key='type'>Participated To</data>
</edge>
<node id='1064'>
<data key='nid'>1064</data>
<data key='name'>Privatisation et marchandisation de l'éducation. Stratégies d'opposition</data>
<data key='acronym'>Privatisation et marchandisation de l'éducation. Stratégies d'opposition</data>
<data key='description'>Privatisation et marchandisation de l'éducation. Stratégies d'opposition</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1064' target='0'>
<data key='type'>Participated To</data>
</edge>
<edge source='1064' target='225'>
<data key='type'>Participated To</data>
</edge>
<node id='1065'>
<data key='nid'>1065</data>
<data key='name'>Quelle coopération internationale pour promouvoir l'éducation à la citoyenneté?</data>
<data key='acronym'>Quelle coopération internationale pour promouvoir l'éducation à la citoyenneté?</data>
<data key='description'>Quelle coopération internationale pour promouvoir l'éducation à la citoyenneté?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1065' target='745'>
<data key='type'>Participated To</data>
</edge>
<node id='1066'>
<data key='nid'>1066</data>
<data key='name'>Quelle politique de coopération au développement pour l'UE ?</data>
<data key='acronym'>Quelle politique de coopération au développement pour l'UE ?</data>
<data key='description'>Quelle politique de coopération au développement pour l'UE ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1066' target='88'>
<data key='type'>Participated To</data>
</edge>
<edge source='1066' target='222'>
<data key='type'>Participated To</data>
</edge>
<node id='1067'>
<data key='nid'>1067</data>
<data key='name'>Quelles politiques publiques face à la marchandisation de l'audiovisuel ?</data>
<data key='acronym'>Quelles politiques publiques face à la marchandisation de l'audiovisuel ?</data>
<data key='description'>Quelles politiques publiques face à la marchandisation de l'audiovisuel ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1067' target='101'>
<data key='type'>Participated To</data>
</edge>
<node id='1068'>
<data key='nid'>1068</data>
<data key='name'>Quelles responsabilités de l'Union Européenne dans le financement du développement ?</data>
<data key='acronym'>Quelles responsabilités de l'Union Européenne dans le financement du développement ?</data>
<data key='description'>Quelles responsabilités de l'Union Européenne dans le financement du développement ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1068' target='200'>
<data key='type'>Participated To</data>
</edge>
<node id='1069'>
<data key='nid'>1069</data>
<data key='name'>Quels médias indépendants et quelles alternatives face à la concentration des médias</data>
<data key='acronym'>Quels médias indépendants et quelles alternatives face à la concentration des médias</data>
<data key='description'>Quels médias indépendants et quelles alternatives face à la concentration des médias</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1069' target='206'>
<data key='type'>Participated To</data>
</edge>
<edge source='1069' target='342'>
<data key='type'>Participated To</data>
</edge>
<node id='1070'>
<data key='nid'>1070</data>
<data key='name'>Résistance spirituelle à la mondialisation libérale dans le christianisme, l'islam, le judaïsme et le bouddhisme</data>
<data key='acronym'>Résistance spirituelle à la mondialisation libérale dans le christianisme, l'islam, le judaïsme et le bouddhisme</data>
<data key='description'>Résistance spirituelle à la mondialisation libérale dans le christianisme, l'islam, le judaïsme et le bouddhisme</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1070' target='287'>
<data key='type'>Participated To</data>
</edge>
<node id='1071'>
<data key='nid'>1071</data>
<data key='name'>Salarié-e-s agricoles et migration : sortir de l'esclavagisme</data>
<data key='acronym'>Salarié-e-s agricoles et migration : sortir de l'esclavagisme</data>
<data key='description'>Salarié-e-s agricoles et migration : sortir de l'esclavagisme</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1071' target='181'>
<data key='type'>Participated To</data>
</edge>
<edge source='1071' target='216'>
<data key='type'>Participated To</data>
</edge>
<node id='1072'>
<data key='nid'>1072</data>
<data key='name'>S'engager au quotidien pour une autre économie. Expérience d'économie sociale et solidaire</data>
<data key='acronym'>S'engager au quotidien pour une autre économie. Expérience d'économie sociale et solidaire</data>
<data key='description'>S'engager au quotidien pour une autre économie. Expérience d'économie sociale et solidaire</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1072' target='99'>
<data key='type'>Participated To</data>
</edge>
<node id='1073'>
<data key='nid'>1073</data>
<data key='name'>Société, monde du travail et culture</data>
<data key='acronym'>Société, monde du travail et culture</data>
<data key='description'>Société, monde du travail et culture</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1073' target='502'>
<data key='type'>Participated To</data>
</edge>
<node id='1074'>
<data key='nid'>1074</data>
<data key='name'>Sommet Mondial de la Société de l'Information (SMSI) et développement : quelles alternatives au dogme néolibéral ?</data>
<data key='acronym'>Sommet Mondial de la Société de l'Information (SMSI) et développement : quelles alternatives au dogme néolibéral ?</data>
<data key='description'>Sommet Mondial de la Société de l'Information (SMSI) et développement : quelles alternatives au dogme néolibéral ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1074' target='156'>
<data key='type'>Participated To</data>
</edge>
<edge source='1074' target='188'>
<data key='type'>Participated To</data>
</edge>
<node id='1075'>
<data key='nid'>1075</data>
<data key='name'>Télécommunications : Les conséquences de la libéralisation et des privatisations sur le service public : aménagement du territoire, égalité d'accès, relations Nord / Sud, l'exemple de l'Afrique,etc. Comment faire des télécommunications un bien public mond</data>
<data key='acronym'>Télécommunications : Les conséquences de la libéralisation et des privatisations sur le service public : aménagement du territoire, égalité d'accès, relations Nord / Sud, l'exemple de l'Afrique,etc. Comment faire des télécommunications un bien public mond</data>
<data key='description'>Télécommunications : Les conséquences de la libéralisation et des privatisations sur le service public : aménagement du territoire, égalité d'accès, relations Nord / Sud, l'exemple de l'Afrique,etc. Comment faire des télécommunications un bien public mond</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1075' target='149'>
<data key='type'>Participated To</data>
</edge>
<edge source='1075' target='154'>
<data key='type'>Participated To</data>
</edge>
<edge source='1075' target='619'>
<data key='type'>Participated To</data>
</edge>
<node id='1076'>
<data key='nid'>1076</data>
<data key='name'>Travail et émancipation humaine</data>
<data key='acronym'>Travail et émancipation humaine</data>
<data key='description'>Travail et émancipation humaine</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1076' target='619'>
<data key='type'>Participated To</data>
</edge>
<edge source='1076' target='639'>
<data key='type'>Participated To</data>
</edge>
<node id='1077'>
<data key='nid'>1077</data>
<data key='name'>Usage des drogues et réduction des risques : pour une politique internationale des drogues juste et efficace</data>
<data key='acronym'>Usage des drogues et réduction des risques : pour une politique internationale des drogues juste et efficace</data>
<data key='description'>Usage des drogues et réduction des risques : pour une politique internationale des drogues juste et efficace</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1077' target='123'>
<data key='type'>Participated To</data>
</edge>
<edge source='1077' target='217'>
<data key='type'>Participated To</data>
</edge>
<node id='1078'>
<data key='nid'>1078</data>
<data key='name'>Vers des services publics européens: Quelles propositions alternatives ? Quelles initiatives citoyennes ?</data>
<data key='acronym'>Vers des services publics européens: Quelles propositions alternatives ? Quelles initiatives citoyennes ?</data>
<data key='description'>Vers des services publics européens: Quelles propositions alternatives ? Quelles initiatives citoyennes ?</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1078' target='191'>
<data key='type'>Participated To</data>
</edge>
<node id='1079'>
<data key='nid'>1079</data>
<data key='name'>Vers les états généraux d'une autre Europe</data>
<data key='acronym'>Vers les états généraux d'une autre Europe</data>
<data key='description'>Vers les états généraux d'une autre Europe</data>
<data key='location'>Paris</data>
<data key='country'>France</data>
<data key='esf1'>Paris</data>
<data key='website'>na</data>
<data key='contact'>na</data>
<data key='type'>Seminary</data>
<data key='image'>images/Seminary.png</data>
</node><edge source='1079' target='745'>
<data key='type'>Participated To</data>
</edge>

</graph>
</graphml>
